package io.newsevents.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LocalKafka} or {@link LocalPostgres} in a child JVM, for callers that must not host them in their
 * own JVM (Quarkus tests, whose class loaders come and go).
 * <p>
 * The child ({@link #main}) writes its connection details to {@code <dataDir>/ready.properties} once started and
 * stops cleanly as soon as its standard input closes, which happens at the latest when the parent JVM exits, even
 * if the parent is killed: no orphan broker or database is left behind.
 */
public final class StackProcess implements AutoCloseable {

    static final String READY_FILE = "ready.properties";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Properties info;
    private final Path log;

    private StackProcess(Process process, Properties info, Path log) {
        this.process = process;
        this.info = info;
        this.log = log;
    }

    /**
     * Starts {@code kind} ("kafka" or "postgres") in a child JVM with the class path of this JVM and waits until it
     * is ready.
     */
    static StackProcess start(String kind, Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path ready = dir.resolve(READY_FILE);
            Files.deleteIfExists(ready);
            Path log = dir.resolve(kind + ".log");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx512m");
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
            if (onClassPath("org.jboss.logmanager.LogManager")) {
                // Quarkus test class paths route slf4j to JBoss LogManager: make it the JUL manager so the
                // broker's and database's own logs reach the log file instead of a warning about it
                cmd.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
            }
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(StackProcess.class.getName());
            cmd.add(kind);
            cmd.add(dir.toString());
            cmd.add(String.valueOf(port));
            Process process = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!Files.exists(ready)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("local " + kind + " exited with " + process.exitValue()
                            + " before it was ready; its log " + log + ":\n" + tail(log));
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("local " + kind + " not ready after " + START_TIMEOUT
                            + "; its log " + log + ":\n" + tail(log));
                }
                Thread.sleep(50);
            }
            Properties info = new Properties();
            try (InputStream in = Files.newInputStream(ready)) {
                info.load(in);
            }
            return new StackProcess(process, info, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start local " + kind + " in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting local " + kind, e);
        }
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, StackProcess.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    String get(String key) {
        return info.getProperty(key);
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    /** Closes the child's standard input (its signal to stop), waits for it, kills it if it hangs. */
    @Override
    public void close() {
        stop(process);
    }

    /** Uses JDK classes only: it also runs from shutdown hooks whose class loader may be closed by then. */
    static void stop(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Child entry point: {@code kafka|postgres <dataDir> <port>}. */
    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path dir = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        AutoCloseable resource;
        Properties info = new Properties();
        if ("kafka".equals(kind)) {
            LocalKafka kafka = LocalKafka.start(dir, port);
            info.setProperty("bootstrap.servers", kafka.bootstrapServers());
            resource = kafka;
        } else if ("postgres".equals(kind)) {
            LocalPostgres pg = LocalPostgres.start(dir, port);
            info.setProperty("jdbc.url", pg.jdbcUrl());
            info.setProperty("username", pg.username());
            info.setProperty("password", pg.password());
            info.setProperty("port", String.valueOf(pg.port()));
            resource = pg;
        } else {
            throw new IllegalArgumentException("unknown kind " + kind + " (kafka|postgres)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(resource), "local-" + kind + "-stop"));
        Path tmp = dir.resolve(READY_FILE + ".tmp");
        try (var out = Files.newOutputStream(tmp)) {
            info.store(out, "local " + kind + " is ready");
        }
        Files.move(tmp, dir.resolve(READY_FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("local " + kind + " ready: " + info);
        // The parent holds our stdin open while it wants us; EOF (parent closed it or died) means stop.
        while (System.in.read() != -1) {
            // ignore input
        }
        System.out.println("local " + kind + " stopping (stdin closed)");
        closeQuietly(resource);
        // the directory is a throw-away one per test JVM: drop the bulky data, keep the log
        deleteRecursively(dir.resolve("kraft-logs"));
        deleteRecursively(dir.resolve("pgdata"));
        System.out.println("local " + kind + " stopped");
        System.exit(0);
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.out.println("cannot delete " + path + ": " + e);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
