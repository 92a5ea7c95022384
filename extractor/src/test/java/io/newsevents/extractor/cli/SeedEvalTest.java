package io.newsevents.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Json;
import io.newsevents.extractor.RuleExtractor;
import io.newsevents.extractor.eval.Fact;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real eval command on the seed gold set when ../shared is present (read at run time, never copied).
 * It checks that the report is produced and consistent; the quality gate itself (--min-f1) is .ci/run's job.
 */
class SeedEvalTest {

    private static Path shared() {
        for (Path p : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))) {
            if (Files.isRegularFile(p.resolve("gold/seeds.jsonl")) && Files.isRegularFile(p.resolve("seeds/articles.jsonl"))) {
                return p;
            }
        }
        return null;
    }

    @Test
    void evalOnTheSeedsProducesAConsistentReport() throws Exception {
        Path shared = shared();
        Assumptions.assumeTrue(shared != null, "../shared not present");
        Path gold = shared.resolve("gold/seeds.jsonl");
        Path articles = shared.resolve("seeds/articles.jsonl");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"eval", "--gold", gold.toString(), "--articles", articles.toString(), "--json"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), RuleExtractor::create);
        assertThat(code).as("stderr: %s", err).isEqualTo(Main.OK);

        long required = 0;
        long optional = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                if (Json.read(line, JsonNode.class).path("optional").asBoolean(false)) {
                    optional++;
                } else {
                    required++;
                }
            }
        }
        JsonNode report = Json.read(out.toString(StandardCharsets.UTF_8), JsonNode.class);
        assertThat(report.path("articles").asInt()).isEqualTo(Files.readAllLines(articles).stream().filter(l -> !l.isBlank()).count());
        assertThat(report.path("goldRequired").asLong()).isEqualTo(required);
        assertThat(report.path("goldOptional").asLong()).isEqualTo(optional);
        JsonNode overall = report.path("overall");
        assertThat(overall.path("tp").asLong() + overall.path("fn").asLong()).isEqualTo(required);
        assertThat(report.path("misses").size()).isEqualTo(overall.path("fn").asInt());
        assertThat(report.path("falseAlarms").size()).isEqualTo(overall.path("fp").asInt());
        assertThat(overall.path("tp").asInt() + overall.path("fp").asInt() + overall.path("optionalMatched").asInt())
                .isEqualTo(report.path("predictions").asInt());
        for (String type : Fact.TYPES) {
            JsonNode t = report.path("byType").path(type);
            assertThat(t.isObject()).as(type).isTrue();
            assertThat(t.path("f1").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(report.path("extractor").path("name").asText()).isEqualTo(RuleExtractor.NAME);
        for (JsonNode miss : report.path("misses")) {
            assertThat(miss.path("evidence").asText()).as("gold evidence of a miss").isNotBlank();
        }
    }
}
