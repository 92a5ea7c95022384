package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Article;
import io.newsevents.extractor.text.SentenceSplitter;
import io.newsevents.extractor.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/** A rough single-thread throughput check (the JMH benchmark lives in the benchmarks module). */
public final class SpeedMain {
    public static void main(String[] args) throws Exception {
        List<JsonNode> lines = AnnotatedSentencesTest.load();
        StringBuilder sb = new StringBuilder();
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (int rep = 0; rep < 5; rep++) {
            for (JsonNode l : lines) {
                sb.append(l.get("text").asText()).append(' ');
                if (++n % 20 == 0) {
                    articles.add(new Article("a" + n, null, null, "2024-06-01", sb.toString()));
                    sb.setLength(0);
                }
            }
        }
        int sentences = 0;
        for (Article a : articles) {
            sentences += SentenceSplitter.split(Tokenizer.tokenize(a.text())).size();
        }
        RuleExtractor x = RuleExtractor.create();
        for (int w = 0; w < 20; w++) {
            for (Article a : articles) {
                x.extract(a);
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int rounds = 50;
        long events = 0;
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                events += x.extract(a).size();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("cpu-rate: %.0f sentences per CPU-second%n", sentences * rounds / cpu);
        System.out.printf("%d sentences x %d rounds in %.2fs: %.0f sentences/s (%d events)%n", sentences, rounds, secs,
                sentences * rounds / secs, events);
    }
}
