package io.newsevents.bench;

import io.newsevents.events.Article;
import io.newsevents.events.NewsEvent;
import io.newsevents.extractor.RuleExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@link RuleExtractor} on one thread, in sentences per second.
 *
 * <p>One invocation extracts a fixed batch of {@value #ARTICLES} synthetic articles of {@value #SENTENCES_PER_ARTICLE}
 * sentences each (see {@link CorpusGenerator}, seed {@value #SEED}); {@code @OperationsPerInvocation} counts each
 * sentence as one operation, so the reported ops/s <em>is</em> sentences/s (articles/s = ops/s / {@value #SENTENCES_PER_ARTICLE}).
 *
 * <p>On a shared machine wall-clock throughput understates the extractor; each iteration therefore also prints
 * sentences per second of the benchmark thread's own CPU time ("cpu-rate"), which other processes do not dilute.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ExtractorThroughput -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractorThroughput {

    static final int ARTICLES = 200;
    static final int SENTENCES_PER_ARTICLE = 25;
    static final int SENTENCES = ARTICLES * SENTENCES_PER_ARTICLE;
    static final long SEED = 20250613L;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RuleExtractor extractor;
    private Article[] batch;
    private long invocations;
    private long cpuStart;
    private long wallStart;

    @Setup
    public void setup() {
        extractor = RuleExtractor.create();
        List<CorpusGenerator.GeneratedArticle> corpus = new CorpusGenerator(SEED).articles(ARTICLES, SENTENCES_PER_ARTICLE);
        batch = corpus.stream().map(CorpusGenerator.GeneratedArticle::article).toArray(Article[]::new);
        int sentences = corpus.stream().mapToInt(CorpusGenerator.GeneratedArticle::sentences).sum();
        if (sentences != SENTENCES) {
            throw new IllegalStateException("corpus has " + sentences + " sentences, expected " + SENTENCES);
        }
        long events = 0;
        for (Article a : batch) {
            events += extractor.extract(a).size();
        }
        System.err.printf("%n[ExtractorThroughput] %s %s; batch: %d articles, %d sentences, %d events per pass%n",
                extractor.info().name(), extractor.info().version(), ARTICLES, SENTENCES, events);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        invocations = 0;
        wallStart = System.nanoTime();
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        double sentences = (double) invocations * SENTENCES;
        System.out.printf(" [cpu-rate %.0f sentences per CPU-second; thread had the CPU %.0f%% of the time] ",
                sentences / (cpu / 1e9), 100.0 * cpu / wall);
    }

    /** Extracts the whole batch; the score is sentences per second. */
    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public int extractSentences(Blackhole bh) {
        int events = 0;
        for (Article article : batch) {
            List<NewsEvent> found = extractor.extract(article);
            events += found.size();
            bh.consume(found);
        }
        invocations++;
        return events;
    }
}
