package io.newsevents.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Article;
import io.newsevents.events.NewsEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Messy input never breaks the extractor; evidence offsets always point into the text; ids are stable. */
class RobustnessTest {

    private static final RuleExtractor EXTRACTOR = RuleExtractor.create();

    private static void checkEvents(Article a, List<NewsEvent> events) {
        Set<String> ids = new HashSet<>();
        for (NewsEvent e : events) {
            assertThat(a.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.schemaVersion()).isEqualTo(1);
            assertThat(e.extractor()).isEqualTo(EXTRACTOR.info());
            assertThat(ids.add(e.eventId())).as("event ids are unique within an article").isTrue();
            assertThat(e.actors()).isNotEmpty();
        }
    }

    @Test
    void emptyAndDegenerateTexts() {
        for (String t : new String[]{"", " ", "\n\n\n", "|||", "$", "US$", "...", "<p></p>", "&nbsp;", "2020",
                "- \n- \n", "\u00a0\u00a0", "\"\"", "((((", "Armenia", "signed signed signed"}) {
            Article a = new Article("x", null, null, null, t);
            List<NewsEvent> ev = EXTRACTOR.extract(a);
            checkEvents(a, ev);
        }
        assertThat(EXTRACTOR.extract(new Article(null, null, null, "not a date", "Turkey and Pakistan signed a deal.")))
                .hasSize(1);
    }

    @Test
    void shuffledLineBreaksAndNoiseKeepOffsetsValid() throws Exception {
        List<JsonNode> lines = AnnotatedSentencesTest.load();
        StringBuilder sb = new StringBuilder();
        for (JsonNode l : lines) {
            sb.append(l.get("text").asText()).append(' ');
        }
        String base = sb.toString();
        Random r = new Random(42);
        String noise = "\n\n|-\u00a0<>&;$\u20ac\u2014\u201c\u201d'()\t";
        for (int round = 0; round < 20; round++) {
            StringBuilder m = new StringBuilder(base.length() + 500);
            for (int i = 0; i < base.length(); i++) {
                m.append(base.charAt(i));
                if (r.nextInt(60) == 0) {
                    m.append(noise.charAt(r.nextInt(noise.length())));
                }
            }
            Article a = new Article("noise-" + round, null, null, "2024-06-01", m.toString());
            checkEvents(a, EXTRACTOR.extract(a));
        }
    }

    @Test
    void reExtractionGivesTheSameIdsAndIdsDoNotDependOnEvidence() {
        String text = "In June 2023, Oman and the United Kingdom signed a defence cooperation accord.";
        Article a = new Article("same", null, null, null, text);
        List<String> first = new ArrayList<>();
        EXTRACTOR.extract(a).forEach(e -> first.add(e.eventId()));
        List<String> second = new ArrayList<>();
        EXTRACTOR.extract(a).forEach(e -> second.add(e.eventId()));
        assertThat(first).hasSize(1).isEqualTo(second);
        // the same fact told with another sentence in front keeps its id
        Article b = new Article("same", null, null, null, "Officials met in Muscat. " + text);
        assertThat(EXTRACTOR.extract(b).get(0).eventId()).isEqualTo(first.get(0));
    }

    @Test
    void longTextWithoutPunctuation() {
        String word = "Turkey Azerbaijan signed exercise drills held deal worth $5 billion with ";
        Article a = new Article("long", null, null, null, word.repeat(3000));
        checkEvents(a, EXTRACTOR.extract(a));
    }
}
