package com.anchang.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child JVM of the platform, its output appended to a log file under var/logs. */
final class ManagedProcess {

    private final String name;
    private final Path log;
    private final Process process;

    private ManagedProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    static ManagedProcess start(String name, List<String> command, Path workingDir, Path log) throws IOException {
        return start(name, command, java.util.Map.of(), workingDir, log);
    }

    /** @param environment extra environment variables (secrets go here: they are not written to the log) */
    static ManagedProcess start(String name, List<String> command, java.util.Map<String, String> environment,
            Path workingDir, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "---- starting " + name + ": " + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ManagedProcess(name, log, process);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Resident memory in KiB, from /proc (0 where that is not available). */
    long rssKib() {
        return rssKib(process.pid());
    }

    static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** kill -9: the process ends at once, as in a crash; no shutdown hook runs (issue 17's faults). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process to stop (SIGTERM: Spring Boot shuts down gracefully) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end, forcing it after the grace period. */
    void awaitStop(long graceSeconds) {
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The last lines of the process's log, to show why it did not come up. Structured (ECS JSON)
     * lines are shown as "time level logger: message" with the error, so a person can read them.
     */
    List<String> tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> readable = new ArrayList<>();
            for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
                readable.addAll(readable(line));
            }
            return readable;
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static List<String> readable(String line) {
        if (!line.startsWith("{\"@timestamp\"")) {
            return List.of(line);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode entry = JSON.readTree(line);
            String logger = entry.path("log").path("logger").asText();
            String head = entry.path("@timestamp").asText().replaceFirst(".*T(\\d\\d:\\d\\d:\\d\\d).*", "$1") + " "
                    + entry.path("log").path("level").asText() + " " + logger.substring(logger.lastIndexOf('.') + 1) + ": ";
            List<String> out = new ArrayList<>();
            for (String messageLine : (head + entry.path("message").asText()).split("\n")) {
                if (!messageLine.isBlank()) {
                    out.add(messageLine);
                }
            }
            if (entry.path("error").has("message")) {
                out.add("    " + entry.path("error").path("type").asText() + ": " + entry.path("error").path("message").asText());
            }
            return out;
        } catch (IOException e) {
            return List.of(line);
        }
    }
}
