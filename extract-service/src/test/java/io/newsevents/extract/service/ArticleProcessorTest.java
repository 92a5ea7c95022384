package io.newsevents.extract.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsevents.events.Actor;
import io.newsevents.events.Article;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Hashing;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;
import io.newsevents.events.Topics;
import io.newsevents.extractor.EventExtractor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor's own rules (parsing, dead-letter reasons, one record per event id, the marker), with
 * hand-written extractors; the real engine is exercised end to end in ExtractionFlowTest.
 */
class ArticleProcessorTest {

    private static final ExtractorInfo INFO = new ExtractorInfo("test", "1");

    private static ArticleProcessor processor(Function<Article, List<NewsEvent>> extract) {
        EventExtractor extractor = new EventExtractor() {
            @Override
            public List<NewsEvent> extract(Article article) {
                return extract.apply(article);
            }

            @Override
            public ExtractorInfo info() {
                return INFO;
            }
        };
        return new ArticleProcessor(extractor, new SimpleMeterRegistry());
    }

    private static NewsEvent recognition(String eventId, String articleId) {
        return new RecognitionWithheld(eventId, 1, articleId, null, new Evidence("Serbia does not recognise Kosovo.", 0, 33),
                0.9, INFO, Actor.state("Serbia", "SRB"), Actor.other("Kosovo"));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneRecordPerEventIdAndAMarkerListingThemInOrder() {
        List<Article> seen = new ArrayList<>();
        ArticleProcessor processor = processor(article -> {
            seen.add(article);
            return List.of(recognition("ev-1", article.id()), recognition("ev-2", article.id()),
                    recognition("ev-1", article.id()));
        });
        String text = "Serbia does not recognise Kosovo.";

        Extraction extraction = processor.process(utf8("{\"text\":\"" + text + "\",\"extra\":1}"));

        String derived = new Article(null, null, null, null, text).withDerivedId().id();
        assertThat(extraction.isDeadLetter()).isFalse();
        assertThat(seen).extracting(Article::id).containsExactly(derived);
        assertThat(extraction.articleId()).isEqualTo(derived);
        assertThat(extraction.events()).extracting(e -> e.event().eventId()).containsExactly("ev-1", "ev-2");
        assertThat(extraction.events()).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo(Topics.RECOGNITION_WITHHELD);
            assertThat(Json.read(e.json(), NewsEvent.class)).isEqualTo(e.event());
        });
        assertThat(extraction.marker().eventIds()).containsExactly("ev-1", "ev-2");
        assertThat(extraction.marker().textSha256()).isEqualTo(Hashing.sha256Hex(text));
        assertThat(extraction.marker().extractor()).isEqualTo(INFO);
    }

    @Test
    void anArticleWithoutEventsStillGetsAMarker() {
        Extraction extraction = processor(article -> List.of()).process(utf8("{\"id\":\"a1\",\"text\":\"Nothing.\"}"));

        assertThat(extraction.events()).isEmpty();
        assertThat(extraction.marker().articleId()).isEqualTo("a1");
        assertThat(extraction.marker().eventIds()).isEmpty();
    }

    @Test
    void badRecordsGetTheirReason() {
        ArticleProcessor processor = processor(article -> List.of());

        assertThat(processor.process(null).reason()).isEqualTo(DeadLetterReason.EMPTY_RECORD);
        assertThat(processor.process(utf8("  ")).reason()).isEqualTo(DeadLetterReason.EMPTY_RECORD);
        assertThat(processor.process(new byte[]{(byte) 0xFF}).reason()).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(processor.process(utf8("{\"text\":")).reason()).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(processor.process(utf8("\"just a string\"")).reason()).isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(processor.process(utf8("{\"text\":[\"not\",\"a\",\"string\"]}")).reason())
                .isEqualTo(DeadLetterReason.INVALID_JSON);
        assertThat(processor.process(utf8("{\"title\":\"t\"}")).reason()).isEqualTo(DeadLetterReason.MISSING_TEXT);
        assertThat(processor.process(utf8("{\"text\":\" \\n \"}")).reason()).isEqualTo(DeadLetterReason.MISSING_TEXT);
    }

    @Test
    void anExtractorThatThrowsOrReturnsAnEventWithoutIdIsAnExtractorError() {
        Extraction thrown = processor(article -> {
            throw new IllegalArgumentException("boom");
        }).process(utf8("{\"text\":\"x\"}"));
        Extraction noId = processor(article -> List.of(recognition(null, article.id())))
                .process(utf8("{\"text\":\"x\"}"));

        assertThat(thrown.reason()).isEqualTo(DeadLetterReason.EXTRACTOR_ERROR);
        assertThat(thrown.detail()).contains("IllegalArgumentException").contains("boom");
        assertThat(noId.reason()).isEqualTo(DeadLetterReason.EXTRACTOR_ERROR);
    }
}
