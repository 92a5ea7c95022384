package io.newsevents.extractor.eval;

/**
 * Agreement on one attribute (value, date year, name) over matched events where the gold or the prediction
 * gives it; events where neither gives it are not judged.
 */
public record AttributeScore(int agree, int judged) {

    /** The share that agree, or {@code null} when nothing was judged. */
    public Double accuracy() {
        return judged == 0 ? null : (double) agree / judged;
    }

    AttributeScore add(boolean judgedNow, boolean agreeNow) {
        if (!judgedNow) {
            return this;
        }
        return new AttributeScore(agree + (agreeNow ? 1 : 0), judged + 1);
    }
}
