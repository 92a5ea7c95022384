package io.newsevents.stack;

import io.newsevents.stack.Pipeline.Service;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How ./pipeline up reads its environment. */
class PipelineUpTest {

    private final Path root = Path.of("/repo");

    @Test
    void defaultsAreTheDocumentedPorts() {
        Pipeline.Config c = PipelineUp.configure(root, Map.of(), List.of());
        assertThat(c.dataDir()).isEqualTo(Path.of("/repo/.pipeline"));
        assertThat(c.kafkaPortValue()).isEqualTo(19092);
        assertThat(c.postgresPortValue()).isEqualTo(15432);
        assertThat(c.portOf(Service.API)).isEqualTo(8080);
        assertThat(c.portOf(Service.INGEST)).isEqualTo(8081);
        assertThat(c.portOf(Service.EXTRACT)).isEqualTo(8082);
        assertThat(c.portOf(Service.STORE)).isEqualTo(8083);
        assertThat(c.externalKafkaOrNull()).isNull();
        assertThat(c.externalDbOrNull()).isNull();
        assertThat(c.startsServices()).isTrue();
    }

    @Test
    void everyPortAndConnectionCanBeOverridden() {
        Pipeline.Config c = PipelineUp.configure(root, Map.ofEntries(
                Map.entry("PIPELINE_KAFKA_PORT", "29092"), Map.entry("PIPELINE_PG_PORT", "25432"),
                Map.entry("API_PORT", "9080"), Map.entry("INGEST_PORT", "9081"),
                Map.entry("EXTRACT_PORT", "9082"), Map.entry("STORE_PORT", "9083"),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "kafka1:9092,kafka2:9092"),
                Map.entry("DB_URL", "jdbc:postgresql://db:5432/news"), Map.entry("DB_USER", "app"),
                Map.entry("DB_PASSWORD", "secret"), Map.entry("PIPELINE_DATA_DIR", "run")), List.of("--no-services"));
        assertThat(c.kafkaPortValue()).isEqualTo(29092);
        assertThat(c.postgresPortValue()).isEqualTo(25432);
        assertThat(c.portOf(Service.API)).isEqualTo(9080);
        assertThat(c.portOf(Service.INGEST)).isEqualTo(9081);
        assertThat(c.portOf(Service.EXTRACT)).isEqualTo(9082);
        assertThat(c.portOf(Service.STORE)).isEqualTo(9083);
        assertThat(c.externalKafkaOrNull()).isEqualTo("kafka1:9092,kafka2:9092");
        assertThat(c.externalDbOrNull()).isEqualTo("jdbc:postgresql://db:5432/news");
        assertThat(c.dbUserValue()).isEqualTo("app");
        assertThat(c.dataDir()).isEqualTo(Path.of("/repo/run"));
        assertThat(c.startsServices()).isFalse();
    }

    @Test
    void aBadPortIsRejectedWithTheVariableName() {
        assertThatThrownBy(() -> PipelineUp.configure(root, Map.of("API_PORT", "eighty"), List.of()))
                .hasMessageContaining("API_PORT=eighty");
        assertThatThrownBy(() -> PipelineUp.configure(root, Map.of("PIPELINE_PG_PORT", "70000"), List.of()))
                .hasMessageContaining("PIPELINE_PG_PORT");
    }

    @Test
    void aBusyPortIsReportedWithTheVariableThatMovesIt() throws Exception {
        try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Pipeline.Config c = Pipeline.config(Path.of("target"))
                    .dataDir(Path.of("target", "busy-port-test"))
                    .kafkaPort(busy.getLocalPort())
                    .startServices(false);
            assertThatThrownBy(() -> Pipeline.start(c))
                    .hasMessageContaining("port " + busy.getLocalPort())
                    .hasMessageContaining("PIPELINE_KAFKA_PORT");
        }
    }
}
