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
 * Blind check: the extractor scored by the EVENTS.md rules on the second held-out set in
 * src/test/resources/heldout2 (25 articles written for this project by someone who did not read the rules;
 * see its README). The floors sit 0.05 below the score measured when the set was written (P 0.729, R 0.547,
 * F1 0.625 with the rules of commit 7e20b1b), so a change that makes the rules worse on unseen text fails here.
 * Never tune the rules on this set: fix a miss with a general rule and check that all three sets hold.
 */
class Heldout2EvalTest {

    static final Path DIR = Path.of("src/test/resources/heldout2");
    static final double MIN_F1 = 0.575;
    static final double MIN_PRECISION = 0.679;

    @Test
    void blindSetMeetsTheFloors() throws Exception {
        List<Article> articles = readArticles();
        List<GoldEvent> gold = GoldSet.read(DIR.resolve("gold.jsonl"));
        assertThat(articles).hasSize(25);
        assertThat(gold.stream().filter(g -> !g.optional()).count()).isGreaterThanOrEqualTo(60);

        RuleExtractor extractor = RuleExtractor.create();
        List<NewsEvent> predicted = new ArrayList<>();
        for (Article a : articles) {
            predicted.addAll(extractor.extract(a));
        }
        EvalReport report = Scorer.score(gold, predicted, articles.size());
        System.out.println("blind held-out set 2:");
        System.out.println(ReportFormat.text(report));

        Counts all = report.overall();
        assertThat(all.f1()).as("blind set F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(all.precision()).as("blind set precision").isGreaterThanOrEqualTo(MIN_PRECISION);
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
