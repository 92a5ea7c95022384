package io.newsevents.store.schema;

import io.newsevents.events.ArticleExtracted;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pins the JSON of each event type and of the marker: a change to the contract's records that changes the wire format
 * fails here. If the change is intended, copy target/approval/NAME.received.json over
 * src/test/resources/approved/NAME.json (and think about an upcaster for the old shape).
 */
class ApprovalTest {

    @Test
    void dealSigned() throws IOException {
        approve("DealSigned", Samples.deal());
    }

    @Test
    void exerciseHeld() throws IOException {
        approve("ExerciseHeld", Samples.exercise());
    }

    @Test
    void recognitionWithheld() throws IOException {
        approve("RecognitionWithheld", Samples.recognition());
    }

    @Test
    void articleExtracted() throws IOException {
        approve("ArticleExtracted", new ArticleExtracted("a-7f3e", "9c1d", Samples.EXTRACTOR,
                List.of(Samples.deal().eventId(), Samples.exercise().eventId()), "2026-03-01T08:30:00Z"));
    }

    @Test
    void theApprovedJsonReadsBackIntoTheSameEvent() throws IOException {
        for (NewsEvent event : List.of(Samples.deal(), Samples.exercise(), Samples.recognition())) {
            assertThat(EventParser.parseEvent(approved(event.type())).event()).isEqualTo(event);
        }
    }

    static void approve(String name, Object value) throws IOException {
        String received = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        String approved = approved(name);
        if (!received.equals(approved)) {
            Path out = Path.of("target", "approval", name + ".received.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, received);
            fail("the JSON of " + name + " changed; see " + out.toAbsolutePath() + " (approved: "
                    + (approved == null ? "none" : "src/test/resources/approved/" + name + ".json") + ")");
        }
    }

    static String approved(String name) throws IOException {
        try (InputStream in = ApprovalTest.class.getResourceAsStream("/approved/" + name + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
