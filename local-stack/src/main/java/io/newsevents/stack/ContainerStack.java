package io.newsevents.stack;

import io.newsevents.events.Topics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.Locale;

/**
 * The container variant of the stack, for machines with Docker: Kafka ({@value #KAFKA_IMAGE}, KRaft) and
 * PostgreSQL ({@value #POSTGRES_IMAGE}) on Testcontainers instead of the embedded broker and database.
 * Chosen with {@code -Dnewsevents.stack=containers} (or the environment variable {@code NEWSEVENTS_STACK});
 * the default {@code embedded} needs no Docker. See {@link LocalStackResource}.
 */
public final class ContainerStack {

    /** System property (or, upper-cased with '_', environment variable) that chooses the stack. */
    public static final String STACK_PROPERTY = "newsevents.stack";
    public static final String STACK_ENV = "NEWSEVENTS_STACK";
    public static final String EMBEDDED = "embedded";
    public static final String CONTAINERS = "containers";

    public static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    public static final String POSTGRES_IMAGE = "postgres:15";
    public static final String DATABASE = "newsevents";
    public static final String USER = "newsevents";
    public static final String PASSWORD = "newsevents";

    private ContainerStack() {
    }

    /**
     * The requested stack: {@code newsevents.stack} system property, else {@code NEWSEVENTS_STACK} environment
     * variable, else {@code embedded}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static String requestedStack() {
        return parseStack(System.getProperty(STACK_PROPERTY), System.getenv(STACK_ENV));
    }

    static String parseStack(String property, String env) {
        String value = property != null && !property.isBlank() ? property : env;
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (EMBEDDED.equals(v) || CONTAINERS.equals(v)) {
            return v;
        }
        throw new IllegalArgumentException(STACK_PROPERTY + "=" + value.trim() + " is not a stack: use "
                + EMBEDDED + " (the default: Kafka and PostgreSQL in child JVMs, no Docker) or " + CONTAINERS
                + " (Testcontainers, needs Docker)");
    }

    /** True when Testcontainers finds a working Docker environment. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Fails with a message that says what to do when the container stack was asked for without Docker. */
    public static void requireDocker() {
        if (!dockerAvailable()) {
            throw new IllegalStateException(STACK_PROPERTY + "=" + CONTAINERS
                    + " asks for Kafka and PostgreSQL on Testcontainers, but no Docker environment is available"
                    + " (DockerClientFactory.isDockerAvailable() is false; Testcontainers' log says which"
                    + " DOCKER_HOST/socket it tried). Start Docker, or run without -D" + STACK_PROPERTY + "=" + CONTAINERS
                    + " (and without " + STACK_ENV + ") to use the embedded stack, which needs no Docker.");
        }
    }

    /** Starts Kafka ({@value #KAFKA_IMAGE}, KRaft) and creates every {@link Topics#ALL} topic with 3 partitions. */
    public static KafkaContainer startKafka() {
        requireDocker();
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        kafka.start();
        try {
            LocalKafka.createTopics(kafka.getBootstrapServers(), Topics.ALL, LocalKafka.PARTITIONS);
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        return kafka;
    }

    /** Starts PostgreSQL ({@value #POSTGRES_IMAGE}) with database, user and password {@code newsevents}. */
    public static PostgreSQLContainer startPostgres() {
        requireDocker();
        PostgreSQLContainer pg = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
                .withDatabaseName(DATABASE)
                .withUsername(USER)
                .withPassword(PASSWORD);
        pg.start();
        return pg;
    }

    /** {@code jdbc:postgresql://host:port/newsevents}, the same form as the embedded database's URL. */
    public static String jdbcUrl(PostgreSQLContainer pg) {
        return "jdbc:postgresql://" + pg.getHost() + ":" + pg.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
                + "/" + pg.getDatabaseName();
    }
}
