package io.newsevents.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.UUID;

/** The in-process broker and the embedded database, as {@code ./pipeline up} uses them. */
class LocalStackTest extends StackChecks {

    private static LocalKafka kafka;
    private static LocalPostgres postgres;

    @BeforeAll
    static void start() {
        Path dir = Path.of("target", "local-stack-test-" + UUID.randomUUID().toString().substring(0, 8));
        kafka = LocalKafka.start(dir.resolve("kafka"), 0);
        postgres = LocalPostgres.start(dir.resolve("postgres"), 0);
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    @Override
    String username() {
        return postgres.username();
    }

    @Override
    String password() {
        return postgres.password();
    }
}
