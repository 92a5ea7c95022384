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

/**
 * Generalisation check: the extractor scored by the EVENTS.md rules on the held-out set in
 * src/test/resources/heldout (30 articles written for this project, never used to tune the rules; see its README).
 * The floors sit a little below the score measured when the set was written (P 0.853, R 0.771, F1 0.810
 * with the rules of commit 17e8a02), so a
 * change that makes the rules worse on unseen text fails here even when the seed score stays high.
 */
class HeldoutEvalTest {

    static final Path DIR = Path.of("src/test/resources/heldout");
    static final double MIN_F1 = 0.76;
    static final double MIN_PRECISION = 0.80;

    @Test
    void heldoutSetMeetsTheFloors() throws Exception {
        List<Article> articles = readArticles();
        List<GoldEvent> gold = GoldSet.read(DIR.resolve("gold.jsonl"));
        assertThat(articles).hasSize(30);
        assertThat(gold.stream().filter(g -> !g.optional()).count()).isGreaterThanOrEqualTo(70);

        RuleExtractor extractor = RuleExtractor.create();
        List<NewsEvent> predicted = new ArrayList<>();
        for (Article a : articles) {
            predicted.addAll(extractor.extract(a));
        }
        EvalReport report = Scorer.score(gold, predicted, articles.size());
        System.out.println("held-out set:");
        System.out.println(ReportFormat.text(report));

        Counts all = report.overall();
        assertThat(all.f1()).as("held-out F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(all.precision()).as("held-out precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    @Test
    void everyGoldEvidenceIsVerbatimInItsArticle() throws Exception {
        List<Article> articles = readArticles();
        for (GoldEvent g : GoldSet.read(DIR.resolve("gold.jsonl"))) {
            Article a = articles.stream().filter(x -> x.id().equals(g.fact().articleId())).findFirst().orElse(null);
            assertThat(a).as("article of gold line %d", g.line()).isNotNull();
            assertThat(a.text()).as("evidence of gold line %d", g.line()).contains(g.fact().evidence());
        }
    }

    static List<Article> readArticles() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.read(line, Article.class));
            }
        }
        return articles;
    }
}
