package io.newsevents.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Actor;
import io.newsevents.events.Article;
import io.newsevents.events.DealSigned;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.extractor.EventExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line with a stand-in extractor: I/O, line handling, exit codes and the eval gate. */
class MainTest {

    /** Finds "X and Y signed" deals in text of the form "Poland and South Korea signed a deal." */
    static final class FakeExtractor implements EventExtractor {
        final List<String> seenIds = new ArrayList<>();

        @Override
        public List<NewsEvent> extract(Article article) {
            seenIds.add(article.id());
            if (article.text().contains("BOOM")) {
                throw new IllegalStateException("boom");
            }
            List<NewsEvent> out = new ArrayList<>();
            if (article.text().contains("Poland and South Korea signed")) {
                out.add(new DealSigned("ev-" + article.id() + "-1", 1, article.id(), "2022",
                        new Evidence("Poland and South Korea signed a deal.", 0, 36), 0.9, info(),
                        List.of(Actor.state("Poland", "POL"), Actor.state("South Korea", "KOR")), null, List.of(), "arms"));
            }
            if (article.text().contains("Chile and Peru signed")) {
                out.add(new DealSigned("ev-" + article.id() + "-2", 1, article.id(), null,
                        new Evidence("Chile and Peru signed a pact.", 0, 29), 0.9, info(),
                        List.of(Actor.state("Chile", "CHL"), Actor.state("Peru", "PER")), null, List.of(), "cooperation"));
            }
            return out;
        }

        @Override
        public ExtractorInfo info() {
            return new ExtractorInfo("fake", "0");
        }
    }

    record Result(int code, String out, String err) {
    }

    private final FakeExtractor fake = new FakeExtractor();

    private Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> fake);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String article(String id, String text) {
        return Json.write(new Article(id, null, null, "2024-05-01", text));
    }

    @Test
    void extractReadsStdinAndWritesEventsAsJsonLines() {
        String input = article("x1", "Poland and South Korea signed a deal.") + "\n\n"
                + article(null, "Chile and Peru signed a pact. Nothing else.") + "\n";
        Result r = run(input, "extract");
        assertThat(r.code()).isEqualTo(Main.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        NewsEvent first = Json.read(lines.get(0), NewsEvent.class);
        assertThat(first).isInstanceOf(DealSigned.class);
        assertThat(first.articleId()).isEqualTo("x1");
        // the article without id got the derived one
        assertThat(fake.seenIds).hasSize(2);
        assertThat(fake.seenIds.get(1)).startsWith("a-");
        assertThat(Json.read(lines.get(1), NewsEvent.class).articleId()).isEqualTo(fake.seenIds.get(1));
        assertThat(r.err()).contains("extract: 2 articles");
    }

    @Test
    void extractReportsInvalidLinesWithTheirNumberAndGoesOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n",
                article("x1", "BOOM"),
                "{not json",
                "{\"id\":\"x3\",\"title\":\"no text\"}",
                article("x4", "Poland and South Korea signed a deal.")) + "\n");
        Result r = run("", "extract", "--quiet", file.toString());
        assertThat(r.code()).isEqualTo(Main.PARTIAL);
        assertThat(r.out().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("in.jsonl:1: extractor failed on article x1")
                .contains("in.jsonl:2: invalid article")
                .contains("in.jsonl:3: invalid article: \"text\" is required")
                .doesNotContain("extract: ");
    }

    @Test
    void usageErrorsExit64() {
        assertThat(run("").code()).isEqualTo(Main.USAGE);
        assertThat(run("", "frobnicate").code()).isEqualTo(Main.USAGE);
        assertThat(run("", "extract", "a", "b").code()).isEqualTo(Main.USAGE);
        assertThat(run("", "extract", "--fast").code()).isEqualTo(Main.USAGE);
        assertThat(run("", "eval", "--gold", "g.jsonl").code()).isEqualTo(Main.USAGE);
        assertThat(run("", "eval", "--gold", "g", "--articles", "a", "--min-f1", "high").code()).isEqualTo(Main.USAGE);
        assertThat(run("", "eval", "--gold", "g", "--articles", "a", "--min-f1", "1.5").code()).isEqualTo(Main.USAGE);
        Result r = run("", "eval", "--gold");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--gold needs a value").contains("usage: pipeline");
        assertThat(run("", "help").code()).isEqualTo(Main.OK);
    }

    @Test
    void missingInputFilesExit66(@TempDir Path dir) throws Exception {
        assertThat(run("", "extract", dir.resolve("nope.jsonl").toString()).code()).isEqualTo(Main.NO_INPUT);
        Path gold = Files.writeString(dir.resolve("g.jsonl"), "");
        assertThat(run("", "eval", "--gold", gold.toString(), "--articles", dir.resolve("nope").toString()).code())
                .isEqualTo(Main.NO_INPUT);
    }

    private static final String GOLD_POL_KOR = "{\"articleId\":\"n1\",\"type\":\"DealSigned\",\"parties\":"
            + "[{\"name\":\"Poland\",\"iso3\":\"POL\"},{\"name\":\"South Korea\",\"iso3\":\"KOR\"}],\"value\":null,"
            + "\"date\":\"2022\",\"optional\":false,\"evidence\":\"Poland and South Korea signed a deal.\"}";
    private static final String GOLD_MISSED = "{\"articleId\":\"n2\",\"type\":\"ExerciseHeld\",\"participants\":"
            + "[{\"name\":\"Chile\",\"iso3\":\"CHL\"}],\"name\":\"Southern Star\",\"date\":null,\"optional\":false,"
            + "\"evidence\":\"Chilean troops held the Southern Star drill.\"}";

    private Path[] evalFiles(Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD_POL_KOR + "\n" + GOLD_MISSED + "\n");
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                article("n1", "Poland and South Korea signed a deal."),
                article("n2", "Chilean troops held the Southern Star drill. Chile and Peru signed a pact.")) + "\n");
        return new Path[]{gold, articles};
    }

    @Test
    void evalPrintsTheReportAndPassesAboveMinF1(@TempDir Path dir) throws Exception {
        Path[] f = evalFiles(dir);
        Result r = run("", "eval", "--gold", f[0].toString(), "--articles", f[1].toString(), "--min-f1", "0.5");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("Extractor fake 0").contains("DealSigned").contains("overall (micro)")
                .contains("Misses (1)").contains("Chilean troops held the Southern Star drill.")
                .contains("False alarms (1)").contains("Chile and Peru signed a pact.")
                .contains("PASS: overall F1 0.500");
        assertThat(r.err()).contains("eval: extracted 2 articles");
    }

    @Test
    void evalExitsTwoBelowMinF1AndSaysWhy(@TempDir Path dir) throws Exception {
        Path[] f = evalFiles(dir);
        Result r = run("", "eval", "--gold=" + f[0], "--articles=" + f[1], "--min-f1=0.9", "--quiet");
        assertThat(r.code()).isEqualTo(Main.BELOW_MIN_F1);
        assertThat(r.out()).contains("FAIL: overall F1 0.500 is below --min-f1 0.900");
        assertThat(r.err()).contains("FAIL: overall F1 0.500");
    }

    @Test
    void evalJsonIsOneObject(@TempDir Path dir) throws Exception {
        Path[] f = evalFiles(dir);
        Result r = run("", "eval", "--gold", f[0].toString(), "--articles", f[1].toString(), "--json", "--min-f1", "0.9");
        assertThat(r.code()).isEqualTo(Main.BELOW_MIN_F1);
        JsonNode json = Json.read(r.out(), JsonNode.class);
        assertThat(json.path("overall").path("tp").asInt()).isEqualTo(1);
        assertThat(json.path("overall").path("fp").asInt()).isEqualTo(1);
        assertThat(json.path("overall").path("fn").asInt()).isEqualTo(1);
        assertThat(json.path("overall").path("f1").asDouble()).isEqualTo(0.5);
        assertThat(json.path("passed").asBoolean(true)).isFalse();
        assertThat(json.path("extractor").path("name").asText()).isEqualTo("fake");
        assertThat(json.path("misses").get(0).path("evidence").asText()).contains("Southern Star");
    }

    @Test
    void evalRejectsInvalidInputsWith65(@TempDir Path dir) throws Exception {
        Path[] f = evalFiles(dir);
        Path badGold = Files.writeString(dir.resolve("bad.jsonl"), GOLD_POL_KOR + "\n{\"articleId\":\"n1\",\"type\":\"Nope\"}\n");
        Result r = run("", "eval", "--gold", badGold.toString(), "--articles", f[1].toString());
        assertThat(r.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(r.err()).contains("bad.jsonl:2:");
        Path dupArticles = Files.writeString(dir.resolve("dup.jsonl"),
                article("n1", "One.") + "\n" + article("n1", "Two.") + "\n");
        Result r2 = run("", "eval", "--gold", f[0].toString(), "--articles", dupArticles.toString());
        assertThat(r2.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(r2.err()).contains("dup.jsonl:2: duplicate article id n1");
    }

    @Test
    void evalWarnsAboutGoldForArticlesItDoesNotHave(@TempDir Path dir) throws Exception {
        Path[] f = evalFiles(dir);
        Path one = Files.writeString(dir.resolve("one.jsonl"), article("n1", "Poland and South Korea signed a deal.") + "\n");
        Result r = run("", "eval", "--gold", f[0].toString(), "--articles", one.toString(), "--quiet");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.err()).contains("warning: the gold set refers to article(s) not in").contains("[n2]");
        assertThat(r.out()).contains("Misses (1)");
    }

    @Test
    void anExtractorThatCannotStartExits70() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"extract"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> {
                    throw new ExceptionInInitializerError(new IllegalArgumentException("broken lexicon"));
                });
        assertThat(code).isEqualTo(Main.SOFTWARE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot create the extractor").contains("broken lexicon");
    }

    @Test
    void sentenceCountIsRoughButSane() {
        assertThat(Sentences.count("")).isZero();
        assertThat(Sentences.count("No full stop")).isEqualTo(1);
        assertThat(Sentences.count("One. Two! Three? \"Four.\" Version 1.5 is out.")).isEqualTo(5);
    }
}
