package io.newsevents.extractor;

import io.newsevents.events.Article;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.extractor.eval.Counts;
import io.newsevents.extractor.eval.EvalReport;
import io.newsevents.extractor.eval.GoldEvent;
import io.newsevents.extractor.eval.GoldSet;
import io.newsevents.extractor.eval.ReportFormat;
import io.newsevents.extractor.eval.Scorer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Seed performance by the rules of EVENTS.md (the official scorer), when ../shared is there (skipped otherwise). */
class SeedScoreTest {

    @Test
    void seedsMeetTheTargets() throws Exception {
        Path shared = Path.of("../shared");
        if (!Files.exists(shared.resolve("gold/seeds.jsonl"))) {
            shared = Path.of("../../shared");
        }
        assumeTrue(Files.exists(shared.resolve("gold/seeds.jsonl")) && Files.exists(shared.resolve("seeds/articles.jsonl")),
                "../shared is not available");
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("seeds/articles.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.read(line, Article.class));
            }
        }
        List<GoldEvent> gold = GoldSet.read(shared.resolve("gold/seeds.jsonl"));
        RuleExtractor extractor = RuleExtractor.create();
        List<NewsEvent> predicted = new ArrayList<>();
        for (Article a : articles) {
            predicted.addAll(extractor.extract(a));
        }
        EvalReport report = Scorer.score(gold, predicted, articles.size());
        System.out.println(ReportFormat.text(report));

        Counts all = report.overall();
        assertThat(all.precision()).as("seed precision").isGreaterThanOrEqualTo(0.90);
        assertThat(all.f1()).as("seed F1").isGreaterThanOrEqualTo(0.90);
    }
}
