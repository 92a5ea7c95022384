package io.newsevents.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop latency of a running api-service: sends requests at a fixed rate (default 200/s) whatever the answers
 * take, round-robin over a mix of query paths, and prints p50/p95/p99/max. Latency is measured from the moment a
 * request was <em>scheduled</em>, so a server (or generator) falling behind shows up in the numbers instead of
 * silently lowering the rate (no coordinated omission). Loopback only.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.newsevents.bench.ApiLatency \
 *      [--url http://127.0.0.1:8080] [--rate 200] [--seconds 30] [--warmup 5] [--paths /deals,/actors/NOR]
 * </pre>
 */
public final class ApiLatency {

    static final List<String> DEFAULT_PATHS = List.of(
            "/deals?limit=50",
            "/exercises?limit=50",
            "/recognitions?limit=50",
            "/facts?limit=20&sort=-sources",
            "/deals?actor=USA&sort=-value&limit=20",
            "/actors/USA",
            "/relations/USA/CHN");

    private ApiLatency() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        requireLoopback(base);
        int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        List<String> paths = options.containsKey("paths")
                ? Arrays.asList(options.get("paths").split(",")) : DEFAULT_PATHS;

        ExecutorService executor = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(executor)
                .build();
        for (String path : paths) {
            HttpResponse<Void> response = client.send(request(base, path), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                System.err.printf("warning: %s answered %d%n", path, response.statusCode());
            }
        }
        System.out.printf(Locale.ROOT, "api-service at %s: %d requests/s for %d s (after %d s warm-up), %d paths%n",
                base, rate, seconds, warmup, paths.size());
        if (warmup > 0) {
            run(client, base, paths, rate, warmup);
        }
        Result result = run(client, base, paths, rate, seconds);
        result.print();
        executor.shutdownNow();
        System.exit(result.errors.get() == 0 ? 0 : 1);
    }

    /** Fires {@code rate * seconds} requests at fixed intervals and waits for all answers. */
    static Result run(HttpClient client, URI base, List<String> paths, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[total];
        Result result = new Result(latencies, seconds);
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            inFlight.add(client.sendAsync(request(base, paths.get(i % paths.size())),
                            HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        latencies[index] = System.nanoTime() - scheduled;
                        if (error != null || response.statusCode() != 200) {
                            result.errors.incrementAndGet();
                            result.errorKinds.merge(error != null
                                    ? rootCause(error).getClass().getSimpleName()
                                    : "HTTP " + response.statusCode(), 1L, Long::sum);
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        result.elapsedNanos = System.nanoTime() - start;
        return result;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static HttpRequest request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET().build();
    }

    private static void requireLoopback(URI base) throws Exception {
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("ApiLatency only targets a service on this machine (loopback), not "
                    + base.getHost());
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: ApiLatency [--url U] [--rate N] [--seconds N] "
                        + "[--warmup N] [--paths p1,p2]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** Latencies of one run. */
    static final class Result {
        final long[] latencies;
        final int seconds;
        final AtomicLong errors = new AtomicLong();
        final Map<String, Long> errorKinds = new java.util.concurrent.ConcurrentSkipListMap<>();
        long elapsedNanos;

        Result(long[] latencies, int seconds) {
            this.latencies = latencies;
            this.seconds = seconds;
        }

        void print() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            double achieved = sorted.length / (elapsedNanos / 1e9);
            System.out.printf(Locale.ROOT, "requests %d, errors %d, achieved %.1f requests/s%n",
                    sorted.length, errors.get(), achieved);
            if (!errorKinds.isEmpty()) {
                System.out.println("errors by kind: " + errorKinds);
            }
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms(sorted[sorted.length - 1]));
        }

        static long percentile(long[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
