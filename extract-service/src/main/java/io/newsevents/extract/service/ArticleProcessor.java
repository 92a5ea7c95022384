package io.newsevents.extract.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsevents.events.Article;
import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.Hashing;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.extractor.EventExtractor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one raw {@code articles} record value into the records to publish, or a dead-letter reason. Never throws
 * for bad input or a failing extractor: a bad record must not stop the consumer.
 */
@Startup // metrics exported (at 0) from the start, and the extractor loaded before the first record
@ApplicationScoped
public class ArticleProcessor {

    /** Timer of {@link EventExtractor#extract} per article. */
    public static final String EXTRACTION_TIMER = "extract.extraction";

    private final EventExtractor extractor;
    private final Timer extractionTime;

    public ArticleProcessor(EventExtractor extractor, MeterRegistry registry) {
        this.extractor = extractor;
        this.extractionTime = Timer.builder(EXTRACTION_TIMER)
                .description("Time the extractor takes for one article")
                .register(registry);
    }

    /** @param raw the record value as it is on the topic */
    public Extraction process(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return Extraction.deadLetter(DeadLetterReason.EMPTY_RECORD, "the record has no value");
        }
        String value;
        try {
            value = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return Extraction.deadLetter(DeadLetterReason.INVALID_JSON, "the value is not UTF-8 text");
        }
        if (value.isBlank()) {
            return Extraction.deadLetter(DeadLetterReason.EMPTY_RECORD, "the record has no value");
        }
        Article article;
        try {
            JsonNode node = Json.MAPPER.readTree(value);
            if (node == null || !node.isObject()) {
                return Extraction.deadLetter(DeadLetterReason.INVALID_JSON, "the value is not a JSON object");
            }
            article = Json.MAPPER.treeToValue(node, Article.class);
        } catch (JsonProcessingException e) {
            return Extraction.deadLetter(DeadLetterReason.INVALID_JSON, "invalid JSON: " + e.getOriginalMessage());
        }
        if (article.text() == null || article.text().isBlank()) {
            return Extraction.deadLetter(DeadLetterReason.MISSING_TEXT, "the article has no text");
        }
        Article withId = article.withDerivedId();
        try {
            List<NewsEvent> events = extractionTime.record(() -> extractor.extract(withId));
            return extracted(withId, events == null ? List.of() : events);
        } catch (RuntimeException | StackOverflowError e) {
            return Extraction.deadLetter(DeadLetterReason.EXTRACTOR_ERROR,
                    "extractor failed: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private Extraction extracted(Article article, List<NewsEvent> events) {
        // one record per event id, in the extractor's order (a repeated fact is one event)
        Map<String, Extraction.OutgoingEvent> byId = new LinkedHashMap<>();
        for (NewsEvent event : events) {
            if (event == null || event.eventId() == null || event.eventId().isBlank()) {
                throw new IllegalStateException("the extractor returned an event without an id");
            }
            byId.putIfAbsent(event.eventId(), new Extraction.OutgoingEvent(event, event.topic(), Json.write(event)));
        }
        ArticleExtracted marker = new ArticleExtracted(article.id(), Hashing.sha256Hex(article.text()),
                extractor.info(), new ArrayList<>(byId.keySet()), Instant.now().toString());
        return Extraction.extracted(article.id(), new ArrayList<>(byId.values()), marker);
    }
}
