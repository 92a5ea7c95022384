package io.newsevents.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Json;
import io.newsevents.events.Money;
import io.newsevents.events.RecognitionWithheld;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold files: JSON lines, one event per line, as described in EVENTS.md. Blank lines are skipped. */
public final class GoldSet {

    private GoldSet() {
    }

    /** Thrown for a gold line that does not describe an event; carries the line number. */
    public static final class InvalidGoldException extends RuntimeException {
        private final int line;

        public InvalidGoldException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<GoldEvent> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static List<GoldEvent> read(BufferedReader reader) throws IOException {
        List<GoldEvent> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            out.add(parse(line, n));
        }
        return out;
    }

    /** Parses one gold line. */
    public static GoldEvent parse(String json, int line) {
        JsonNode node;
        try {
            node = Json.read(json, JsonNode.class);
        } catch (IllegalArgumentException e) {
            throw new InvalidGoldException(line, e.getMessage());
        }
        if (!node.isObject()) {
            throw new InvalidGoldException(line, "not a JSON object");
        }
        String articleId = text(node, "articleId");
        if (articleId == null) {
            throw new InvalidGoldException(line, "articleId is required");
        }
        String type = text(node, "type");
        List<Actor> actors = new ArrayList<>();
        if (DealSigned.TYPE.equals(type)) {
            actorList(node, "parties", line, actors);
        } else if (ExerciseHeld.TYPE.equals(type)) {
            actorList(node, "participants", line, actors);
        } else if (RecognitionWithheld.TYPE.equals(type)) {
            actors.add(actor(node.get("withholder"), "withholder", line));
            actors.add(actor(node.get("target"), "target", line));
        } else {
            throw new InvalidGoldException(line, "type must be one of " + Fact.TYPES + ", got " + type);
        }
        Money value = null;
        JsonNode v = node.get("value");
        if (v != null && !v.isNull()) {
            JsonNode amount = v.get("amount");
            if (amount == null || !amount.isNumber()) {
                throw new InvalidGoldException(line, "value.amount must be a number");
            }
            value = new Money(amount.asLong(), text(v, "currency"));
        }
        String date = text(node, "date");
        if (date != null && MatchRules.year(date) == null) {
            throw new InvalidGoldException(line, "date must be yyyy, yyyy-MM or yyyy-MM-dd, got " + date);
        }
        JsonNode optional = node.get("optional");
        boolean isOptional = optional != null && optional.asBoolean(false);
        Fact fact = new Fact(articleId, type, actors, value, date, text(node, "name"), text(node, "evidence"));
        return new GoldEvent(fact, isOptional, line);
    }

    private static void actorList(JsonNode node, String field, int line, List<Actor> into) {
        JsonNode list = node.get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidGoldException(line, field + " must be a non-empty list of actors");
        }
        for (JsonNode a : list) {
            into.add(actor(a, field, line));
        }
    }

    private static Actor actor(JsonNode a, String field, int line) {
        if (a == null || !a.isObject()) {
            throw new InvalidGoldException(line, field + " must be an actor object {name, iso3}");
        }
        String name = text(a, "name");
        if (name == null || name.isBlank()) {
            throw new InvalidGoldException(line, field + ": actor name is required");
        }
        return new Actor(name, text(a, "iso3"), text(a, "kind"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
