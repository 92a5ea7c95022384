package io.newsevents.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system on one machine: Kafka and PostgreSQL (embedded, unless external ones are configured) and the
 * four Quarkus services as child processes ({@code java -jar <module>/target/quarkus-app/quarkus-run.jar}).
 * Used by {@code ./pipeline up} ({@link PipelineUp}) and by the end-to-end test.
 * <p>
 * {@link #start} returns once every service answers UP on {@code /q/health/ready}; {@link #close} stops the
 * services (SIGTERM, then SIGKILL after a grace period), then Kafka, then PostgreSQL.
 */
public final class Pipeline implements AutoCloseable {

    /** One of the four services: its short name, Maven module and default HTTP port. */
    public enum Service {
        API("api", "api-service", 8080),
        INGEST("ingest", "ingest-service", 8081),
        EXTRACT("extract", "extract-service", 8082),
        STORE("store", "store-service", 8083);

        private final String shortName;
        private final String module;
        private final int defaultPort;

        Service(String shortName, String module, int defaultPort) {
            this.shortName = shortName;
            this.module = module;
            this.defaultPort = defaultPort;
        }

        public String shortName() {
            return shortName;
        }

        public String module() {
            return module;
        }

        public int defaultPort() {
            return defaultPort;
        }

        /** {@code <root>/<module>/target/quarkus-app/quarkus-run.jar}. */
        public Path jar(Path root) {
            return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    /** What to start and where. Build with {@link #config(Path)}. */
    public static final class Config {
        private final Path root;
        private Path dataDir;
        private int kafkaPort = 19092;
        private int postgresPort = 15432;
        private String externalKafka;
        private String externalDbUrl;
        private String dbUser = LocalPostgres.USER;
        private String dbPassword = LocalPostgres.PASSWORD;
        private final Map<Service, Integer> ports = new LinkedHashMap<>();
        private boolean startServices = true;
        private Duration readyTimeout = Duration.ofSeconds(180);
        private Duration stopTimeout = Duration.ofSeconds(20);
        private final List<String> javaOptions = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC"));
        private final Map<String, String> extraEnv = new LinkedHashMap<>();
        private final List<String> consumerGroups = new ArrayList<>(List.of("extract-service", "store-service"));
        private boolean snapshotApps = true;

        private Config(Path root) {
            this.root = root.toAbsolutePath().normalize();
            this.dataDir = this.root.resolve(".pipeline");
            for (Service s : Service.values()) {
                ports.put(s, s.defaultPort());
            }
        }

        /** Where embedded Kafka ({@code kafka/}), PostgreSQL ({@code postgres/}) and {@code logs/} live. */
        public Config dataDir(Path dir) {
            this.dataDir = dir.toAbsolutePath().normalize();
            return this;
        }

        /** Port of the embedded broker; 0 = a free one. */
        public Config kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** Port of the embedded database; 0 = a free one. */
        public Config postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        /** Use this Kafka instead of starting one ({@code null} or blank: start the embedded broker). */
        public Config externalKafka(String bootstrapServers) {
            this.externalKafka = blankToNull(bootstrapServers);
            return this;
        }

        /** Use this database instead of starting one ({@code null} or blank: start the embedded database). */
        public Config externalDatabase(String jdbcUrl, String user, String password) {
            this.externalDbUrl = blankToNull(jdbcUrl);
            if (blankToNull(user) != null) {
                this.dbUser = user;
            }
            if (password != null) {
                this.dbPassword = password;
            }
            return this;
        }

        /** HTTP port of one service; 0 = a free one. */
        public Config port(Service service, int port) {
            ports.put(service, port);
            return this;
        }

        /** Every service on a free port. */
        public Config freePorts() {
            for (Service s : Service.values()) {
                ports.put(s, 0);
            }
            return this;
        }

        /** {@code false}: only Kafka and PostgreSQL. */
        public Config startServices(boolean start) {
            this.startServices = start;
            return this;
        }

        public Config readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        public Config stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** Replaces the services' JVM options (default {@code -Xmx384m -XX:+UseSerialGC}). */
        public Config javaOptions(List<String> options) {
            javaOptions.clear();
            javaOptions.addAll(options);
            return this;
        }

        /**
         * Consumer groups that must have joined (state Stable, with members) before {@link #start} returns, so
         * that the first article flows at once (default: extract-service, store-service). A group that does not
         * get there within 60 s is reported and not waited for any longer.
         */
        public Config consumerGroups(List<String> groups) {
            consumerGroups.clear();
            consumerGroups.addAll(groups);
            return this;
        }

        /**
         * {@code true} (default): run the services from hard links of their {@code target/quarkus-app} under
         * {@code <dataDir>/apps}, so that rebuilding a service while the pipeline runs cannot pull jars away from the
         * running process (Quarkus loads classes lazily; a replaced jar leaves requests hanging).
         */
        public Config snapshotApps(boolean snapshot) {
            this.snapshotApps = snapshot;
            return this;
        }

        /** An extra environment variable for every service. */
        public Config env(String name, String value) {
            extraEnv.put(name, value);
            return this;
        }

        public Path root() {
            return root;
        }

        public Path dataDir() {
            return dataDir;
        }

        int kafkaPortValue() {
            return kafkaPort;
        }

        int postgresPortValue() {
            return postgresPort;
        }

        int portOf(Service s) {
            return ports.get(s);
        }

        String dbUserValue() {
            return dbUser;
        }

        boolean startsServices() {
            return startServices;
        }

        String externalKafkaOrNull() {
            return externalKafka;
        }

        String externalDbOrNull() {
            return externalDbUrl;
        }
    }

    /** A started service. */
    public record RunningService(Service service, int port, Process process, Path log) {
        public String url() {
            return "http://localhost:" + port;
        }
    }

    private final Config config;
    private LocalKafka kafka;
    private LocalPostgres postgres;
    private String bootstrapServers;
    private String jdbcUrl;
    private final Map<Service, RunningService> services = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean closed;
    /** Where the services' {@code <module>/target/quarkus-app} are run from: the root, or the snapshot. */
    private Path appRoot;
    /** Stops everything if the JVM exits before {@link #close} (SIGTERM, Ctrl-C, a build timeout), even mid-start. */
    private final Thread stopOnExit = new Thread(this::close, "pipeline-stop-on-exit");

    private Pipeline(Config config) {
        this.config = config;
    }

    /** Defaults of {@code ./pipeline up}, with the repository (where the service modules are) at {@code root}. */
    public static Config config(Path root) {
        return new Config(root);
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started and throws. */
    public static Pipeline start(Config config) {
        Pipeline pipeline = new Pipeline(config);
        Runtime.getRuntime().addShutdownHook(pipeline.stopOnExit);
        try {
            pipeline.startAll();
            return pipeline;
        } catch (RuntimeException | Error e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll() {
        Path logs = config.dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logs, e);
        }
        if (config.startServices) {
            for (Service s : Service.values()) {
                if (!Files.isRegularFile(s.jar(config.root))) {
                    throw new IllegalStateException(s.module() + " is not built: " + s.jar(config.root)
                            + " is missing (run ./mvnw -B install -DskipTests, or ./pipeline up --build)");
                }
            }
        }
        stopLeftovers();
        appRoot = config.root;
        Path snapshot = config.dataDir.resolve("apps");
        // a root that already is the snapshot (a caller made its own) is used as it is, never deleted
        if (config.startServices && config.snapshotApps && !config.root.startsWith(snapshot)) {
            appRoot = snapshotApps(config.root, snapshot);
        }
        if (config.externalKafka != null) {
            bootstrapServers = config.externalKafka;
        } else {
            requireFree(config.kafkaPort, "embedded Kafka", "PIPELINE_KAFKA_PORT");
            synchronized (this) {
                ensureOpen();
                kafka = LocalKafka.start(config.dataDir.resolve("kafka"), config.kafkaPort);
            }
            bootstrapServers = kafka.bootstrapServers();
        }
        if (config.externalDbUrl != null) {
            jdbcUrl = config.externalDbUrl;
        } else {
            requireFree(config.postgresPort, "embedded PostgreSQL", "PIPELINE_PG_PORT");
            synchronized (this) {
                ensureOpen();
                postgres = LocalPostgres.start(config.dataDir.resolve("postgres"), config.postgresPort);
            }
            jdbcUrl = postgres.jdbcUrl();
        }
        if (!config.startServices) {
            return;
        }
        for (Service s : Service.values()) {
            int port = config.ports.get(s);
            if (port == 0) {
                port = Ports.free();
            } else {
                requireFree(port, s.module(), s.name() + "_PORT");
            }
            synchronized (this) {
                ensureOpen();
                services.put(s, launch(s, port, logs.resolve(s.shortName() + ".log")));
            }
        }
        writePids();
        awaitReady();
        awaitConsumerGroups();
    }

    /**
     * Hard-links (copies where linking is impossible) every service's {@code target/quarkus-app} under {@code into},
     * replacing an earlier snapshot. A rebuild then writes new files while the running services keep the old ones.
     */
    static Path snapshotApps(Path root, Path into) {
        try {
            deleteTree(into);
            for (Service s : Service.values()) {
                Path app = root.resolve(s.module()).resolve("target/quarkus-app");
                Path copyRoot = into.resolve(s.module()).resolve("target/quarkus-app");
                try (var files = Files.walk(app)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Path copy = copyRoot.resolve(app.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(copy);
                        } else {
                            try {
                                Files.createLink(copy, f);
                            } catch (IOException | UnsupportedOperationException notLinkable) {
                                Files.copy(f, copy);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot the service apps into " + into, e);
        }
        return into;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the pipeline was stopped while it was starting");
        }
    }

    /** {@code <dataDir>/services.pid}: "module pid" per line, so a later start can stop what a killed launcher left. */
    private Path pidFile() {
        return config.dataDir.resolve("services.pid");
    }

    private void writePids() {
        StringBuilder sb = new StringBuilder();
        services.values().forEach(rs -> sb.append(rs.service().module()).append(' ').append(rs.process().pid()).append('\n'));
        try {
            Files.writeString(pidFile(), sb.toString());
        } catch (IOException e) {
            System.err.println("cannot write " + pidFile() + ": " + e);
        }
    }

    /**
     * A launcher killed with SIGKILL cannot stop its children: services keep running and the embedded PostgreSQL
     * (a daemon of its own) too, holding the ports. Stop those of this data directory before starting again.
     */
    private void stopLeftovers() {
        List<ProcessHandle> leftovers = new ArrayList<>();
        try {
            if (Files.exists(pidFile())) {
                for (String line : Files.readAllLines(pidFile())) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 2) {
                        ProcessHandle.of(Long.parseLong(parts[1]))
                                .filter(h -> h.info().commandLine().orElse("")
                                        .contains(parts[0] + "/target/quarkus-app/quarkus-run.jar"))
                                .ifPresent(leftovers::add);
                    }
                }
                Files.delete(pidFile());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("cannot read " + pidFile() + ": " + e);
        }
        Path postmasterPid = config.dataDir.resolve("postgres/pgdata/postmaster.pid");
        ProcessHandle postmaster = null;
        if (config.externalDbUrl == null && Files.exists(postmasterPid)) {
            try {
                String first = Files.readAllLines(postmasterPid).get(0).trim();
                postmaster = ProcessHandle.of(Long.parseLong(first))
                        .filter(h -> h.info().command().orElse("").endsWith("/postgres"))
                        .orElse(null);
            } catch (IOException | RuntimeException e) {
                // not a live postmaster of ours: PostgreSQL cleans up a stale pid file itself
            }
        }
        for (ProcessHandle h : leftovers) {
            System.err.println("stopping a service left running by an earlier launcher: pid " + h.pid());
            h.destroy();
        }
        awaitExit(leftovers);
        if (postmaster != null) {
            System.err.println("stopping the PostgreSQL left running by an earlier launcher: pid " + postmaster.pid());
            postmaster.destroy();
            awaitExit(List.of(postmaster));
        }
    }

    private void awaitExit(List<ProcessHandle> handles) {
        long deadline = System.nanoTime() + config.stopTimeout.toNanos();
        for (ProcessHandle h : handles) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                h.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private RunningService launch(Service s, int port, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(config.javaOptions);
        cmd.add("-jar");
        cmd.add(s.jar(appRoot).toString());
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(config.root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", config.dbUser);
        env.put("DB_PASSWORD", config.dbPassword);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.putAll(config.extraEnv);
        try {
            return new RunningService(s, port, pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + s.module(), e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + config.readyTimeout.toNanos();
        List<RunningService> waiting = new ArrayList<>(services.values());
        Map<Service, String> lastAnswer = new LinkedHashMap<>();
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                RunningService rs = it.next();
                if (!rs.process().isAlive()) {
                    throw new IllegalStateException(rs.service().module() + " exited with code "
                            + rs.process().exitValue() + " before it was ready; see its log " + rs.log()
                            + "\n--- last lines of " + rs.log() + " ---\n" + StackProcess.tail(rs.log()));
                }
                String answer = probe(http, rs);
                lastAnswer.put(rs.service(), answer);
                if (answer.startsWith("200") && answer.contains("UP")) {
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            ensureOpen();
            if (System.nanoTime() > deadline) {
                RunningService first = waiting.get(0);
                StringBuilder msg = new StringBuilder("not ready after " + config.readyTimeout.toSeconds() + " s:");
                for (RunningService rs : waiting) {
                    msg.append("\n  ").append(rs.service().module()).append(" (").append(rs.url())
                            .append("/q/health/ready answered: ").append(lastAnswer.get(rs.service()))
                            .append("), log ").append(rs.log());
                }
                msg.append("\n--- last lines of ").append(first.log()).append(" ---\n").append(StackProcess.tail(first.log()));
                throw new IllegalStateException(msg.toString());
            }
            sleep(250);
        }
    }

    private void awaitConsumerGroups() {
        if (config.consumerGroups.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Object> conf = Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        Map<String, String> states = new LinkedHashMap<>();
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(conf)) {
            while (true) {
                boolean allStable = true;
                try {
                    var groups = admin.describeConsumerGroups(config.consumerGroups).all().get(10, TimeUnit.SECONDS);
                    for (var g : groups.values()) {
                        boolean stable = g.groupState() == org.apache.kafka.common.GroupState.STABLE
                                && !g.members().isEmpty();
                        states.put(g.groupId(), g.groupState() + " with " + g.members().size() + " member(s)");
                        allStable &= stable;
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    allStable = false;
                    states.put("(admin)", e.toString());
                }
                if (allStable) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    System.err.println("warning: consumer groups not settled after 60 s, continuing anyway: " + states);
                    return;
                }
                sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // only a courtesy wait: the services are ready, the first record may just take a little longer
            System.err.println("warning: cannot check the consumer groups, continuing anyway: " + e);
        }
    }

    private static String probe(HttpClient http, RunningService rs) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(rs.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body().replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + rs.service().module(), e);
        }
    }

    private static void requireFree(int port, String what, String envVar) {
        if (port != 0 && Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is already in use; stop whatever "
                    + "listens there or choose another port with " + envVar + "=<port>");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String dbUser() {
        return config.dbUser;
    }

    public String dbPassword() {
        return config.dbPassword;
    }

    public boolean embeddedKafka() {
        return kafka != null;
    }

    public boolean embeddedPostgres() {
        return postgres != null;
    }

    public Config config() {
        return config;
    }

    /** The started service ({@code null} if services were not started). */
    public RunningService service(Service s) {
        return services.get(s);
    }

    /** e.g. {@code http://localhost:8081}. */
    public String url(Service s) {
        return services.get(s).url();
    }

    /** The last {@code lines} lines of every service log, for failure reports. */
    public String logTails(int lines) {
        StringBuilder sb = new StringBuilder();
        for (RunningService rs : List.copyOf(services.values())) {
            sb.append("\n===== ").append(rs.service().module()).append(" (").append(rs.log()).append(") =====\n");
            try {
                List<String> all = Files.readAllLines(rs.log());
                sb.append(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())));
            } catch (IOException | UncheckedIOException e) {
                sb.append("(cannot read: ").append(e).append(')');
            }
        }
        return sb.toString();
    }

    /**
     * Stops the services (all SIGTERM at once, SIGKILL for those still alive after the stop timeout), then Kafka,
     * then PostgreSQL. Safe to call twice and from a shutdown hook.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException exiting) {
                // the JVM is already shutting down: the hook finds the pipeline closed
            }
        }
        List<RunningService> running = new ArrayList<>(services.values());
        for (RunningService rs : running) {
            rs.process().destroy();
        }
        long deadline = System.nanoTime() + config.stopTimeout.toNanos();
        for (RunningService rs : running) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!rs.process().waitFor(left, TimeUnit.NANOSECONDS)) {
                    System.err.println(rs.service().module() + " did not stop within " + config.stopTimeout.toSeconds()
                            + " s; killing it");
                    rs.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                rs.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (!running.isEmpty()) {
            try {
                Files.deleteIfExists(pidFile());
            } catch (IOException ignored) {
                // a stale file is checked against the live processes at the next start
            }
        }
        if (appRoot != null && !appRoot.equals(config.root)) {
            try {
                deleteTree(appRoot); // hard links only
            } catch (IOException e) {
                System.err.println("cannot delete the app snapshot " + appRoot + ": " + e);
            }
        }
        RuntimeException failure = null;
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
