package io.newsevents.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Quarkus test resource, driven the way Quarkus drives it: broker and database in child JVMs. */
class LocalStackResourceTest {

    @Test
    void kafkaOnlyWhenPostgresIsSwitchedOff() throws Exception {
        LocalStackResource resource = new LocalStackResource();
        resource.init(Map.of(LocalStackResource.POSTGRES_ARG, "false"));
        Map<String, String> config = resource.start();

        assertThat(config).containsOnlyKeys("kafka.bootstrap.servers");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.get("kafka.bootstrap.servers")))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains("articles", "events.deal-signed", "events.exercise-held",
                            "events.recognition-withheld", "extractions", "articles.dlq");
        }
    }

    @Test
    void kafkaAndPostgresSharedByEveryInstance() throws Exception {
        LocalStackResource first = new LocalStackResource();
        first.init(Map.of());
        Map<String, String> config = first.start();
        LocalStackResource second = new LocalStackResource();
        second.init(Map.of(LocalStackResource.POSTGRES_ARG, "true"));

        assertThat(config).containsOnlyKeys("kafka.bootstrap.servers", "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username", "quarkus.datasource.password");
        assertThat(second.start()).isEqualTo(config);
        assertThat(LocalStackResource.kafka().bootstrapServers()).isEqualTo(config.get("kafka.bootstrap.servers"));
        assertThat(LocalStackResource.postgres().jdbcUrl()).isEqualTo(config.get("quarkus.datasource.jdbc.url"))
                .startsWith("jdbc:postgresql://localhost:").endsWith("/newsevents");

        try (Connection c = LocalStackResource.postgres().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_user, current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(config.get("quarkus.datasource.username"));
            assertThat(rs.getString(2)).isEqualTo("newsevents");
        }
    }
}
