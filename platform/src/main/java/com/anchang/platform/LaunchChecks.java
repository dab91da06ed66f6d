package com.anchang.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the launcher checks before it starts anything, each problem said in one line naming it: the ports
 * the offset gives (in range, free), and the data folder (writable, not used by a platform that runs).
 */
public final class LaunchChecks {

    /** A problem with what the launcher was given or found; its message is the one line shown. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private LaunchChecks() {
    }

    /** Every port the platform listens on, by what listens there. */
    static Map<String, Integer> ports(PlatformConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        PlatformConfig.SERVICES.forEach(service -> ports.put(service.name(), config.port(service)));
        ports.put("kafka", config.kafkaPort());
        ports.put("kafka controller", config.kafkaControllerPort());
        ports.put("mongo", config.mongoPort());
        return ports;
    }

    /** Each port between 1 and 65535. */
    public static void portsInRange(PlatformConfig config) {
        Map<String, Integer> ports = ports(config);
        int lowest = ports.values().stream().min(Integer::compare).orElseThrow() - config.portOffset();
        int highest = ports.values().stream().max(Integer::compare).orElseThrow() - config.portOffset();
        ports.forEach((name, port) -> {
            if (port < 1 || port > 65535) {
                throw new Refused("--port-offset " + config.portOffset() + " puts " + name + " on port " + port
                        + ", outside 1-65535: the offset must be between " + (1 - lowest) + " and " + (65535 - highest));
            }
        });
    }

    /** Each port free on this machine (a program already listening there would take the platform's requests). */
    public static void portsFree(PlatformConfig config) {
        ports(config).forEach((name, port) -> {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new Refused("port " + port + " (" + name + ") is in use by another program: stop it, or start with"
                        + " another --port-offset");
            }
        });
    }

    /**
     * Makes the data folder if needed and takes it for this launcher until it exits: a second launcher on the same
     * folder would share its store and broker files and corrupt them.
     *
     * @return the lock, held for as long as the platform runs (released when the process ends, even by kill -9)
     */
    public static FileLock takeDataFolder(Path var) {
        try {
            Files.createDirectories(var);
        } catch (IOException | UncheckedIOException e) {
            throw new Refused("cannot make the data folder " + var + ": " + reason(e));
        }
        if (!Files.isWritable(var)) {
            throw new Refused("cannot write to the data folder " + var + ": give this user write access, or use --var");
        }
        Path lockFile = var.resolve("platform.lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new Refused("another platform already runs on " + var + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + ": stop it first, or start this one with --var <another folder> and --port-offset");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return lock;
        } catch (IOException e) {
            throw new Refused("cannot use the data folder " + var + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
