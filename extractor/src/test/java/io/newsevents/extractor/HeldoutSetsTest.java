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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generalisation checks: the extractor scored by the EVENTS.md rules on the project's own held-out sets of invented
 * news (see each set's README). The floors sit a little below the scores last measured, so a change that makes the
 * rules worse on unseen text fails here even when the seed score stays high. Fix a miss with a general rule and
 * check that every set holds. Every set here was blind when first measured and has guided fixes since.
 */
class HeldoutSetsTest {

    /** A set, how big it must be, and its floors. */
    record HeldoutSet(String dir, int articles, int minRequiredGold, double minF1, double minPrecision) {
        Path path() {
            return Path.of("src/test/resources", dir);
        }

        @Override
        public String toString() {
            return dir;
        }
    }

    static Stream<HeldoutSet> sets() {
        return Stream.of(
                // development use after its first measurement (then P 0.853, R 0.771, F1 0.810; 1.1.0: P 0.987, R 0.940, F1 0.963)
                new HeldoutSet("heldout", 30, 70, 0.93, 0.95),
                // written blind to the rules (first measured at 1.1.0: P 0.729, R 0.547, F1 0.625); since 1.2.0 its error list
                // guided general fixes (then P 0.963, R 0.813, F1 0.881), so it is no longer blind
                new HeldoutSet("heldout2", 25, 60, 0.89, 0.94),
                // written blind to the rules by another writer (first measured at 1.2.0: P 0.652, R 0.429, F1 0.517);
                // a development set from then on
                new HeldoutSet("heldout3", 32, 100, 0.88, 0.93),
                // written by two more writers and kept sealed until 1.3.0; measured once, blind: heldout4 P 0.735,
                // R 0.517, F1 0.607; heldout5 P 0.800, R 0.636, F1 0.708; development sets since
                new HeldoutSet("heldout4", 33, 110, 0.86, 0.93),
                new HeldoutSet("heldout5", 26, 100, 0.90, 0.93),
                // kept sealed until 1.4.0 and measured once, blind: P 0.812, R 0.683, F1 0.742; then guided fixes
                new HeldoutSet("heldout6", 25, 80, 0.88, 0.93),
                // sealed until 1.5.0 and measured once, blind: heldout7 P 0.731, R 0.538, F1 0.620; heldout8 P 0.693,
                // R 0.547, F1 0.612; heldout9 (sealed until 1.6.0) P 0.824, R 0.673, F1 0.741; development sets since
                new HeldoutSet("heldout7", 30, 100, 0.83, 0.94),
                new HeldoutSet("heldout8", 32, 90, 0.87, 0.95),
                new HeldoutSet("heldout9", 28, 100, 0.87, 0.95),
                // sealed until 1.7.0 and measured once, blind: P 0.912, R 0.800, F1 0.852 (1.4.1 on it: F1 0.817)
                new HeldoutSet("heldout10", 31, 60, 0.89, 0.96),
                // sealed until 1.8.0 and measured once, blind: P 0.842, R 0.686, F1 0.756 (1.4.1 on it: F1 0.736)
                new HeldoutSet("heldout11", 29, 65, 0.93, 0.93),
                // sealed until 1.9.0, measured blind at 1.8.0 and 1.9.0 (the same events): heldout12 P 0.750, R 0.692,
                // F1 0.720; heldout13 P 0.782, R 0.506, F1 0.614; development sets since
                new HeldoutSet("heldout12", 32, 75, 0.88, 0.90),
                new HeldoutSet("heldout13", 34, 80, 0.74, 0.86),
                // sealed until 1.10.0 and measured once, blind: heldout14 P 0.727, R 0.718, F1 0.723; heldout15 P 0.782,
                // R 0.513, F1 0.619 (1.8.0 on them: 0.701 and 0.622); development sets since
                new HeldoutSet("heldout14", 30, 75, 0.78, 0.80),
                new HeldoutSet("heldout15", 30, 115, 0.67, 0.83),
                // sealed until 1.11.0 and measured once, blind: heldout16 P 0.819, R 0.728, F1 0.771; heldout17 P 0.818,
                // R 0.714, F1 0.763 (1.8.0 on them: 0.766 and 0.746); development sets since
                new HeldoutSet("heldout16", 26, 80, 0.75, 0.80),
                new HeldoutSet("heldout17", 25, 60, 0.74, 0.80));
    }

    @ParameterizedTest(name = "{0} meets its floors")
    @MethodSource("sets")
    void meetsTheFloors(HeldoutSet set) throws IOException {
        List<Article> articles = readArticles(set.path());
        List<GoldEvent> gold = GoldSet.read(set.path().resolve("gold.jsonl"));
        assertThat(articles).hasSize(set.articles());
        assertThat(gold.stream().filter(g -> !g.optional()).count()).isGreaterThanOrEqualTo(set.minRequiredGold());

        RuleExtractor extractor = RuleExtractor.create();
        List<NewsEvent> predicted = new ArrayList<>();
        for (Article a : articles) {
            predicted.addAll(extractor.extract(a));
        }
        EvalReport report = Scorer.score(gold, predicted, articles.size());
        System.out.println(set.dir() + ":");
        System.out.println(ReportFormat.text(report));

        Counts all = report.overall();
        assertThat(all.f1()).as(set.dir() + " F1").isGreaterThanOrEqualTo(set.minF1());
        assertThat(all.precision()).as(set.dir() + " precision").isGreaterThanOrEqualTo(set.minPrecision());
    }

    @ParameterizedTest(name = "{0}: every gold evidence is verbatim in its article")
    @MethodSource("sets")
    void everyGoldEvidenceIsVerbatimInItsArticle(HeldoutSet set) throws IOException {
        List<Article> articles = readArticles(set.path());
        for (GoldEvent g : GoldSet.read(set.path().resolve("gold.jsonl"))) {
            Article a = articles.stream().filter(x -> x.id().equals(g.fact().articleId())).findFirst().orElse(null);
            assertThat(a).as("article of gold line %d", g.line()).isNotNull();
            assertThat(a.text()).as("evidence of gold line %d", g.line()).contains(g.fact().evidence());
        }
    }

    static List<Article> readArticles(Path dir) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.read(line, Article.class));
            }
        }
        return articles;
    }
}
