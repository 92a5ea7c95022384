package io.newsevents.extractor.eval;

/**
 * One line of a gold file: the fact, whether it is optional (matching it is neither a hit nor a false alarm,
 * missing it is not a miss), and the line it was read from.
 */
public record GoldEvent(Fact fact, boolean optional, int line) {
}
