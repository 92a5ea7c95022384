package io.newsevents.extractor.text;

/**
 * One sentence (or one table row, bullet item or heading) of an article: character offsets [start, end) into the
 * text and token indices [tokStart, tokEnd). {@code block} numbers the paragraph-like block it came from.
 */
public record Sentence(int start, int end, int tokStart, int tokEnd, Kind kind, int block) {

    public enum Kind { TEXT, BULLET, TABLE_ROW }

    public boolean isTableRow() {
        return kind == Kind.TABLE_ROW;
    }
}
