package io.newsevents.extractor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Article;
import io.newsevents.events.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads articles from JSON lines, streaming. Also accepted, because people hand over what they have: an article
 * object spread over several lines (pretty-printed JSON), and an input that is one JSON array of articles.
 * Blank lines are skipped. Each item carries the line it starts on; an invalid one carries the reason instead of
 * the article, and reading goes on. Articles get their derived id when they have none.
 */
final class ArticleReader {

    /** Lines one multi-line object may span before it is reported as invalid. */
    static final int MAX_OBJECT_LINES = 100_000;

    /** One article, or the reason the text starting at {@code line} could not be read as one. */
    record Item(int line, Article article, String error) {
    }

    private record Line(int number, String text) {
    }

    private final BufferedReader reader;
    private final Deque<Line> replay = new ArrayDeque<>();
    private final Deque<Item> ready = new ArrayDeque<>();
    private int read;
    private boolean first = true;

    ArticleReader(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next article or error, or {@code null} at the end of the input. */
    Item next() throws IOException {
        if (!ready.isEmpty()) {
            return ready.poll();
        }
        Line line;
        while ((line = nextLine()) != null) {
            String text = line.text();
            if (first && text.startsWith("\uFEFF")) {
                text = text.substring(1);
                line = new Line(line.number(), text);
            }
            if (text.isBlank()) {
                continue;
            }
            if (first) {
                first = false;
                if (text.stripLeading().startsWith("[")) {
                    return array(line);
                }
            }
            return object(line);
        }
        return null;
    }

    /** Reads one object starting at {@code line}, joining the following lines while the JSON is incomplete. */
    private Item object(Line line) throws IOException {
        List<Line> lines = new ArrayList<>();
        lines.add(line);
        StringBuilder json = new StringBuilder(line.text());
        while (true) {
            try {
                return toItem(line.number(), Json.MAPPER.readTree(json.toString()));
            } catch (JsonProcessingException e) {
                if (!endOfInput(e)) {
                    return invalid(lines, e.getOriginalMessage());
                }
                Line more = lines.size() < MAX_OBJECT_LINES ? nextLine() : null;
                if (more == null) {
                    return invalid(lines, "incomplete JSON: " + e.getOriginalMessage());
                }
                lines.add(more);
                json.append('\n').append(more.text());
            }
        }
    }

    /** The JSON so far is fine but ends too early (Jackson reports this with more than one exception class). */
    private static boolean endOfInput(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        return e instanceof JsonEOFException || (msg != null && msg.contains("end-of-input"));
    }

    /**
     * Text that does not parse: its first line is reported, and the lines after it are read again on their own,
     * so one broken line does not swallow the valid lines that follow it.
     */
    private Item invalid(List<Line> lines, String message) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            replay.push(lines.get(i));
        }
        return new Item(lines.get(0).number(), null, "invalid article: " + message);
    }

    private Item array(Line firstLine) throws IOException {
        StringBuilder json = new StringBuilder(firstLine.text());
        Line line;
        while ((line = nextLine()) != null) {
            json.append('\n').append(line.text());
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json.toString());
        } catch (JsonProcessingException e) {
            return new Item(firstLine.number(), null, "invalid JSON array of articles: " + e.getOriginalMessage());
        }
        int index = 0;
        for (JsonNode element : root) {
            Item item = toItem(firstLine.number(), element);
            if (item.error() != null) {
                item = new Item(item.line(), null, item.error() + " (array element " + index + ")");
            }
            ready.add(item);
            index++;
        }
        return ready.poll();
    }

    private static Item toItem(int line, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Item(line, null, "invalid article: not a JSON object");
        }
        Article article;
        try {
            article = Json.MAPPER.treeToValue(node, Article.class);
        } catch (JsonProcessingException e) {
            return new Item(line, null, "invalid article: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return new Item(line, null, "invalid article: " + e.getMessage());
        }
        if (article.text() == null) {
            return new Item(line, null, "invalid article: \"text\" is required");
        }
        return new Item(line, article.withDerivedId(), null);
    }

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.poll();
        }
        String text = reader.readLine();
        return text == null ? null : new Line(++read, text);
    }
}
