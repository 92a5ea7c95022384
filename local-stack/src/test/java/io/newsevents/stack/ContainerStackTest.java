package io.newsevents.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The container variant of the stack ({@code -Dnewsevents.stack=containers}): the same checks as
 * {@link LocalStackTest} on Testcontainers' Kafka ({@value ContainerStack#KAFKA_IMAGE}) and PostgreSQL
 * ({@value ContainerStack#POSTGRES_IMAGE}), started the way {@link LocalStackResource} starts them. Skipped where
 * there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerStackTest extends StackChecks {

    private static KafkaContainer kafka;
    private static PostgreSQLContainer postgres;

    @BeforeAll
    static void start() {
        kafka = ContainerStack.startKafka();
        postgres = ContainerStack.startPostgres();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Override
    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    String jdbcUrl() {
        return ContainerStack.jdbcUrl(postgres);
    }

    @Override
    String username() {
        return postgres.getUsername();
    }

    @Override
    String password() {
        return postgres.getPassword();
    }
}
