package io.newsevents.extractor.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/** Progress of a long run on stderr: articles done, articles/s, sentences/s, at most once a second. */
final class Progress {

    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String label;
    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastReport;
    private int articles;
    private long sentences;

    Progress(String label, PrintStream err, boolean enabled, LongSupplier nanoClock) {
        this.label = label;
        this.err = err;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastReport = start;
    }

    /** Counts one article; prints a progress line when a second has passed since the last one. */
    void article(int sentencesInArticle) {
        articles++;
        sentences += sentencesInArticle;
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            err.println(label + ": " + rates(now));
        }
    }

    int articles() {
        return articles;
    }

    /** "120 articles in 3.1 s (38.7 articles/s, ~2400 sentences/s)". */
    String rates(long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        return String.format(Locale.ROOT, "%d articles in %.1f s (%.1f articles/s, ~%.0f sentences/s)",
                articles, seconds, articles / seconds, sentences / seconds);
    }

    String summary() {
        return rates(nanoClock.getAsLong());
    }
}
