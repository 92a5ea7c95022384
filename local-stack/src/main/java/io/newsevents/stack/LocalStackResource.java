package io.newsevents.stack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: a real Kafka broker and a real PostgreSQL on free ports, started once per JVM and shared
 * by every test class, stopped when the JVM exits.
 * <pre>
 * &#64;QuarkusTest
 * &#64;WithTestResource(value = LocalStackResource.class,
 *         initArgs = &#64;ResourceArg(name = "postgres", value = "false"))   // Kafka only
 * class MyTest { ... }
 * </pre>
 * Config it contributes: {@code kafka.bootstrap.servers}, and unless {@code postgres=false}
 * {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username}, {@code quarkus.datasource.password}.
 * <p>
 * Tests reach the same broker and database with {@link #kafka()} and {@link #postgres()} (which start them if
 * needed). Broker and database run in child JVMs (see {@link StackProcess}) so that they survive Quarkus
 * restarting its class loaders between test classes; their state is shared across class loaders through system
 * properties, their logs are {@code target/local-stack-<random>/kafka.log} and {@code postgres.log}.
 * <p>
 * With {@code -Dnewsevents.stack=containers} (or {@code NEWSEVENTS_STACK=containers}) the same config comes from
 * Testcontainers instead ({@link ContainerStack}: {@code apache/kafka:4.2.1} and {@code postgres:15}); that
 * needs Docker and fails at once with a clear message without it. The default is {@code embedded}.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg: {@code "false"} skips PostgreSQL. */
    public static final String POSTGRES_ARG = "postgres";

    private static final String PREFIX = "io.newsevents.stack.local-stack.";
    private static final String KAFKA_BOOTSTRAP = PREFIX + "kafka.bootstrap-servers";
    private static final String PG_URL = PREFIX + "postgres.jdbc-url";
    private static final String PG_USER = PREFIX + "postgres.username";
    private static final String PG_PASSWORD = PREFIX + "postgres.password";
    private static final String DATA_DIR = PREFIX + "data-dir";

    private boolean postgres = true;

    /** Where a test's broker can be reached. */
    public record KafkaEndpoint(String bootstrapServers) {
    }

    /** Where a test's database can be reached. */
    public record PostgresEndpoint(String jdbcUrl, String username, String password) {

        /** A new connection; the caller closes it. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, username, password);
        }
    }

    @Override
    public void init(Map<String, String> initArgs) {
        postgres = !"false".equalsIgnoreCase(initArgs.getOrDefault(POSTGRES_ARG, "true").trim());
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        if (postgres) {
            PostgresEndpoint pg = postgres();
            config.put("quarkus.datasource.jdbc.url", pg.jdbcUrl());
            config.put("quarkus.datasource.username", pg.username());
            config.put("quarkus.datasource.password", pg.password());
        }
        return config;
    }

    /** Nothing: the stack is shared by every test class of this JVM and stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The shared broker, started on first use. */
    public static KafkaEndpoint kafka() {
        return new KafkaEndpoint(ensure("kafka", KAFKA_BOOTSTRAP));
    }

    /** The shared database, started on first use. */
    public static PostgresEndpoint postgres() {
        String url = ensure("postgres", PG_URL);
        return new PostgresEndpoint(url, System.getProperty(PG_USER), System.getProperty(PG_PASSWORD));
    }

    /**
     * Starts {@code kind} unless a class loader of this JVM already did. Locks on an interned string literal, the
     * one monitor that every class loader's copy of this class shares.
     */
    private static String ensure(String kind, String key) {
        synchronized ("io.newsevents.stack.LocalStackResource.lock") {
            String value = System.getProperty(key);
            if (value != null) {
                return value;
            }
            if (ContainerStack.CONTAINERS.equals(ContainerStack.requestedStack())) {
                startContainer(kind);
                return System.getProperty(key);
            }
            StackProcess child = StackProcess.start(kind, dataDir().resolve(kind), 0);
            Process process = child.process();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> StackProcess.stop(process), "local-" + kind + "-stop"));
            if ("kafka".equals(kind)) {
                System.setProperty(KAFKA_BOOTSTRAP, child.get("bootstrap.servers"));
            } else {
                System.setProperty(PG_USER, child.get("username"));
                System.setProperty(PG_PASSWORD, child.get("password"));
                System.setProperty(PG_URL, child.get("jdbc.url"));
            }
            return System.getProperty(key);
        }
    }

    /**
     * The container variant: fails at once with {@link ContainerStack#requireDocker()}'s message when there is no
     * Docker. Containers stop when the JVM exits (shutdown hook, and Testcontainers' own reaper otherwise).
     */
    private static void startContainer(String kind) {
        if ("kafka".equals(kind)) {
            var kafka = ContainerStack.startKafka();
            stopOnExit(kafka, kind);
            System.setProperty(KAFKA_BOOTSTRAP, kafka.getBootstrapServers());
        } else {
            var pg = ContainerStack.startPostgres();
            stopOnExit(pg, kind);
            System.setProperty(PG_USER, pg.getUsername());
            System.setProperty(PG_PASSWORD, pg.getPassword());
            System.setProperty(PG_URL, ContainerStack.jdbcUrl(pg));
        }
    }

    private static void stopOnExit(AutoCloseable container, String kind) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                container.close();
            } catch (Throwable e) {
                // best effort: Testcontainers' reaper removes the container when this JVM is gone
            }
        }, "container-" + kind + "-stop"));
    }

    private static Path dataDir() {
        String existing = System.getProperty(DATA_DIR);
        if (existing != null) {
            return Path.of(existing);
        }
        Path dir = ScratchDirs.next("local-stack").toAbsolutePath();
        System.setProperty(DATA_DIR, dir.toString());
        return dir;
    }
}
