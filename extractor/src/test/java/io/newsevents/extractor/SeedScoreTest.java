package io.newsevents.extractor;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Seed performance by the rules of EVENTS.md, when ../shared is there (skipped otherwise). */
class SeedScoreTest {

    @Test
    void seedsMeetTheTargets() throws Exception {
        Path shared = Path.of("../shared");
        if (!Files.exists(shared.resolve("gold/seeds.jsonl"))) {
            shared = Path.of("../../shared");
        }
        assumeTrue(Files.exists(shared.resolve("gold/seeds.jsonl")) && Files.exists(shared.resolve("seeds/articles.jsonl")),
                "../shared is not available");
        GoldScorer s = new GoldScorer();
        s.score(GoldScorer.readArticles(shared.resolve("seeds/articles.jsonl")),
                GoldScorer.readGold(shared.resolve("gold/seeds.jsonl")), RuleExtractor.create());
        s.byType.forEach((k, v) -> System.out.println("seeds " + k + ": " + v));
        System.out.println("seeds ALL: " + s.all);
        s.report.stream().filter(l -> !l.startsWith("hit")).forEach(System.out::println);
        assertThat(s.all.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.all.f1()).isGreaterThanOrEqualTo(0.90);
    }
}
