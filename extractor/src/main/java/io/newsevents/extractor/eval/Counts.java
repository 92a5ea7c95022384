package io.newsevents.extractor.eval;

/**
 * Hits, false alarms and misses with the scores derived from them. Conventions for empty denominators:
 * with nothing to find and nothing found every score is 1; precision with no predictions (but something to
 * find) is 0, and recall with nothing to find (but false alarms) is 0. F1 is 2tp / (2tp + fp + fn).
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fp);
    }

    public double recall() {
        if (tp + fn == 0) {
            return fp == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fn);
    }

    public double f1() {
        if (tp + fp + fn == 0) {
            return 1.0;
        }
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
