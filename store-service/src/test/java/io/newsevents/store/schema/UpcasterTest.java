package io.newsevents.store.schema;

import io.newsevents.events.NewsEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Version-0 JSON (one "actors" array, no schemaVersion) reads as the same event as its version-1 form. */
class UpcasterTest {

    @Test
    void aVersion0DealReadsAsTheVersion1Deal() throws IOException {
        EventParser.Parsed parsed = EventParser.parseEvent(resource("/upcast/DealSigned.v0.json"));
        assertThat(parsed.receivedVersion()).isZero();
        assertThat(parsed.event()).isEqualTo(Samples.deal());
    }

    @Test
    void aVersion0ExerciseReadsAsTheVersion1Exercise() throws IOException {
        assertThat(EventParser.parseEvent(resource("/upcast/ExerciseHeld.v0.json")).event())
                .isEqualTo(Samples.exercise());
    }

    @Test
    void aVersion0RecognitionTakesWithholderAndTargetFromTheActorsInOrder() throws IOException {
        NewsEvent event = EventParser.parseEvent(resource("/upcast/RecognitionWithheld.v0.json")).event();
        assertThat(event).isEqualTo(Samples.recognition());
    }

    @Test
    void aVersion1EventIsLeftAsItIs() throws IOException {
        EventParser.Parsed parsed = EventParser.parseEvent(ApprovalTest.approved("DealSigned"));
        assertThat(parsed.receivedVersion()).isEqualTo(1);
        assertThat(parsed.event()).isEqualTo(Samples.deal());
    }

    @Test
    void aVersionFromTheFutureIsRejected() {
        String json = "{\"type\":\"RecognitionWithheld\",\"schemaVersion\":7,\"eventId\":\"ev-1\"}";
        assertThatThrownBy(() -> EventParser.parseEvent(json)).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("schemaVersion 7");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = UpcasterTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
