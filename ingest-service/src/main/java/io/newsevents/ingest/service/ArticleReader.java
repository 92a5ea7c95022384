package io.newsevents.ingest.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a request body into parsed JSON values, one per article. Strict: duplicate keys and trailing content
 * after the JSON value are errors.
 */
public final class ArticleReader {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The parsed articles plus, for JSON lines, the lines that could not be parsed. */
    public record Batch(List<RawArticle> articles, List<ValidationError> lineErrors) {
    }

    private ArticleReader() {
    }

    public static Batch read(String body, InputFormat format) {
        return format == InputFormat.JSON_LINES ? readLines(body) : readJson(body);
    }

    /** A single object or an array of objects; a syntax error fails the whole body. */
    static Batch readJson(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedJsonException("the body is empty; send an article object or an array of them", null, null);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String hint = e.getOriginalMessage().contains("Trailing token")
                    ? " (for one article per line use Content-Type application/x-ndjson)" : "";
            throw new MalformedJsonException(e.getOriginalMessage() + hint,
                    location == null ? null : location.getLineNr(),
                    location == null ? null : location.getColumnNr());
        }
        List<RawArticle> articles = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                articles.add(new RawArticle(i, null, root.get(i)));
            }
        } else {
            articles.add(new RawArticle(0, null, root));
        }
        return new Batch(articles, List.of());
    }

    /** One JSON value per line; blank lines are skipped, each unparsable line is reported with its number. */
    static Batch readLines(String body) {
        List<RawArticle> articles = new ArrayList<>();
        List<ValidationError> errors = new ArrayList<>();
        String[] lines = body == null ? new String[0] : body.split("\n", -1);
        int index = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                articles.add(new RawArticle(index, lineNumber, STRICT.readTree(line)));
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation();
                String column = location == null ? "" : " at column " + location.getColumnNr();
                errors.add(new ValidationError(index, lineNumber, null,
                        "malformed JSON" + column + ": " + e.getOriginalMessage()));
            }
            index++;
        }
        return new Batch(articles, errors);
    }
}
