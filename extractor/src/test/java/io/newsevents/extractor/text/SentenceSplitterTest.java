package io.newsevents.extractor.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        Tokens tk = Tokenizer.tokenize(text);
        List<Sentence> s = SentenceSplitter.split(tk);
        for (Sentence x : s) {
            // offsets are exact: the sentence is a substring of the text
            assertThat(text.substring(x.start(), x.end())).isNotBlank();
        }
        return s.stream().map(x -> text.substring(x.start(), x.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAtAbbreviationsOrInitials() {
        assertThat(split("Gen. Smith met Dr. Jones on Nov. 9 in the U.S. capital. The talks ended. Donald J. Trump spoke."))
                .containsExactly("Gen. Smith met Dr. Jones on Nov. 9 in the U.S. capital.", "The talks ended.",
                        "Donald J. Trump spoke.");
    }

    @Test
    void initialismBeforeASentenceOpenerEndsTheSentence() {
        assertThat(split("The ceasefire was brokered by the U.S. In 2016, India signed a deal."))
                .containsExactly("The ceasefire was brokered by the U.S.", "In 2016, India signed a deal.");
    }

    @Test
    void keepsClosingQuotesWithTheSentence() {
        assertThat(split("He said: \u201cWe are ready.\u201d Then he left."))
                .containsExactly("He said: \u201cWe are ready.\u201d", "Then he left.");
    }

    @Test
    void everyLineIsABlockInTextsThatAreNotWrapped() {
        assertThat(split("Heading without a period\nA first paragraph that ends here.\n- a bullet item\n- another item"))
                .containsExactly("Heading without a period", "A first paragraph that ends here.", "- a bullet item",
                        "- another item");
    }

    @Test
    void lowerCaseContinuationLinesJoinTheSentence() {
        String text = "Bulgaria\nsigned a contract\nwith the United States.";
        List<String> s = split(text);
        assertThat(s).hasSize(1);
        assertThat(s.get(0)).isEqualTo(text);
    }

    @Test
    void hardWrappedParagraphsAreJoinedWithTheirLineBreaksKept() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append("This paragraph was wrapped by a PDF converter at about seventy characters\n");
            sb.append("per line, so its sentences run over line breaks and the splitter has to\n");
            sb.append("join them back into one sentence before the rules can read it well.\n\n");
        }
        List<String> s = split(sb.toString());
        assertThat(s).hasSize(4);
        assertThat(s.get(0)).contains("characters\nper line").endsWith("read it well.");
    }

    @Test
    void tableRowsAreSentencesAndSeparatorRowsAreDropped() {
        assertThat(split("Deal | Value | Year |\n---|---|---|\nTrainer jets | $30 million | 2016 |"))
                .containsExactly("Deal | Value | Year |", "Trainer jets | $30 million | 2016 |");
    }

    @Test
    void nonBreakingSpacesAndHtmlLeftoversDoNotBreakOffsets() {
        String text = "<p>Croatia\u00a0and\u00a0France signed.</p> Next sentence here.";
        List<String> s = split(text);
        assertThat(s).containsExactly("Croatia\u00a0and\u00a0France signed.", "Next sentence here.");
    }
}
