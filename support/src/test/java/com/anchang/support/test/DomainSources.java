package com.anchang.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A service's real domain sources (read from {@code src/main/java} of the module under test), which a
 * test may edit in memory and then have the compiler check, without writing classes. It proves that a
 * state machine notices a new state: with a constant added to the status enum, the sources must fail
 * to compile in the transition that does not decide it yet.
 */
public final class DomainSources {

    private static final Pattern MEMBER = Pattern.compile(
            "^    (?!\\s)(?:(?:public|protected|private|static|final|synchronized|abstract)\\s+)*"
                    + "[\\w<>\\[\\]?,.& ]*[\\w>\\]]\\s+(\\w+)\\(");

    private final Map<String, String> sources;

    private DomainSources(Map<String, String> sources) {
        this.sources = sources;
    }

    /** The sources of a package and its subpackages, e.g. {@code com.anchang.transaction.domain}. */
    public static DomainSources of(String packageName) {
        Path root = Path.of("src", "main", "java", packageName.replace('.', File.separatorChar));
        Map<String, String> read = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                read.put(root.relativize(file).toString().replace(File.separatorChar, '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources of " + packageName + " under "
                    + root.toAbsolutePath(), e);
        }
        assertThat(read).as("sources of " + packageName).isNotEmpty();
        return new DomainSources(read);
    }

    /**
     * The same sources with a constant added first to an enum, e.g.
     * {@code ("DealStatus.java", "DealStatus", "CANCELLED")}.
     *
     * @param file the enum's file, relative to the package (e.g. {@code rotation/EntryStatus.java})
     * @param enumName the enum's simple name (it may be nested in the file's type)
     */
    public DomainSources withConstantAdded(String file, String enumName, String constant) {
        String source = sources.get(file);
        assertThat(source).as(file + " among the sources").isNotNull();
        Matcher declaration = Pattern.compile("\\benum\\s+" + enumName + "\\b[^{]*\\{").matcher(source);
        assertThat(declaration.find()).as("enum " + enumName + " declared in " + file).isTrue();
        Map<String, String> edited = new LinkedHashMap<>(sources);
        edited.put(file, source.substring(0, declaration.end()) + "\n    " + constant + ","
                + source.substring(declaration.end()));
        return new DomainSources(edited);
    }

    /** Compiles (parses, attributes and checks, writing nothing) against the test's own class path. */
    public Compilation compile() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = sources.entrySet().stream()
                .<JavaFileObject>map(e -> new Source(e.getKey(), e.getValue())).toList();
        List<String> options = List.of("-proc:none", "-Xlint:none", "-classpath", classPath());
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostics, options, null, units);
        try {
            task.analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> new Error(((Source) d.getSource()).file, (int) d.getLineNumber(),
                        member(sources.get(((Source) d.getSource()).file), (int) d.getLineNumber()),
                        d.getMessage(Locale.ROOT)))
                .toList();
        return new Compilation(errors);
    }

    /** The compiler's errors; none means the sources compiled. */
    public record Compilation(List<Error> errors) {

        public boolean succeeded() {
            return errors.isEmpty();
        }

        /**
         * The members (methods, constructors) of a file where a switch does not decide every value of
         * what it switches on, e.g. {@code ["receiveDeposit", "unitHeld"]} of {@code Deal.java}.
         */
        public Set<String> undecidedIn(String file) {
            return errors.stream().filter(e -> e.file().equals(file))
                    .filter(e -> e.message().contains("does not cover all possible input values"))
                    .map(Error::member).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * One compile error: where (file relative to the package, line, the class member it is in, found
     * by its declaration at member indentation) and the compiler's message.
     */
    public record Error(String file, int line, String member, String message) {
    }

    private static String member(String source, int line) {
        String[] lines = source.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher declaration = MEMBER.matcher(lines[i]);
            if (declaration.find() && !lines[i].contains("=")) {
                return declaration.group(1);
            }
        }
        return null;
    }

    /** The test's class path, with the entries of a manifest-only jar (how surefire passes it) spelled out. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                entries.addAll(manifestClassPath(Path.of(entry)));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            if (classPath != null) {
                URI base = jar.toAbsolutePath().toUri();
                for (String element : classPath.trim().split("\\s+")) {
                    entries.add(Path.of(base.resolve(element)).toString());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String file;
        private final String text;

        Source(String file, String text) {
            super(URI.create("string:///" + file), Kind.SOURCE);
            this.file = file;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
