package io.newsevents.store.schema;

import io.newsevents.events.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventParserTest {

    @Test
    void rejectsWhatTheStoreCannotProject() {
        assertThatThrownBy(() -> EventParser.parseEvent("not json")).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("unparseable");
        assertThatThrownBy(() -> EventParser.parseEvent("[1]")).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> EventParser.parseEvent("{\"type\":\"TreatyBroken\",\"schemaVersion\":1}"))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("not a NewsEvent");
        String oneParty = Json.write(Samples.deal()).replace(",{\"name\":\"Saab\",\"iso3\":\"SWE\",\"kind\":\"organization\"}", "");
        assertThat(oneParty).doesNotContain("SWE");
        assertThatThrownBy(() -> EventParser.parseEvent(oneParty)).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("fewer than two distinct parties");
        String noWithholder = Json.write(Samples.recognition()).replaceFirst("\"withholder\":\\{[^}]*},", "");
        assertThat(noWithholder).doesNotContain("withholder");
        assertThatThrownBy(() -> EventParser.parseEvent(noWithholder)).isInstanceOf(BadRecordException.class);
        String noEvidence = Json.write(Samples.exercise()).replaceFirst("\"evidence\":\\{[^}]*},", "");
        assertThatThrownBy(() -> EventParser.parseEvent(noEvidence)).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("without evidence");
    }

    @Test
    void readsMarkers() {
        String json = "{\"articleId\":\"a-1\",\"eventIds\":[\"ev-1\",\"ev-2\"],\"extractedAt\":\"2026-01-01T00:00:00Z\"}";
        assertThat(EventParser.parseMarker(json).eventIds()).containsExactly("ev-1", "ev-2");
        assertThatThrownBy(() -> EventParser.parseMarker("{\"eventIds\":[]}")).isInstanceOf(BadRecordException.class)
                .hasMessageContaining("without articleId");
    }
}
