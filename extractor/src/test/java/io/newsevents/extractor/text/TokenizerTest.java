package io.newsevents.extractor.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    @Test
    void splitsHyphensPossessivesAndKeepsInitialismsAndNumbers() {
        Tokens tk = Tokenizer.tokenize("India\u2019s US$ 1,188.5bn U.S. India-Pakistan JF-17");
        assertThat(norms(tk, " ")).isEqualTo("india 's us $ 1,188.5 bn u.s india - pakistan jf - 17");
        assertThat(tk.surface(2)).isEqualTo("US");
        assertThat(tk.spaceBefore(3)).isFalse();
        for (int i = 0; i < tk.size(); i++) {
            assertThat(tk.end(i)).isGreaterThan(tk.start(i));
        }
    }

    @Test
    void joinsAWordBrokenByAHyphenAtALineEndButKeepsCompounds() {
        Tokens tk = Tokenizer.tokenize("the contin-\ngents of a search-and-\nrescue drill, a long-\nrange jet, Nagorno-\nKarabakh");
        assertThat(norms(tk, " ")).isEqualTo(
                "the contingents of a search - and - rescue drill , a long - range jet , nagorno - karabakh");
        assertThat(tk.surface(1)).isEqualTo("contin-\ngents"); // offsets still point into the text as it is
    }

    @Test
    void readsLettersWrittenAsEntitiesInsideWords() {
        Tokens tk = Tokenizer.tokenize("T&uuml;rkiye&rsquo;s STM and T&#252;rkiye, KS&amp;EW");
        assertThat(norms(tk, "|")).isEqualTo("t\u00fcrkiye|'s|stm|and|t\u00fcrkiye|,|ks|&|ew");
        assertThat(tk.surface(0)).isEqualTo("T&uuml;rkiye");
    }

    private static String norms(Tokens tk, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tk.size(); i++) {
            sb.append(i > 0 ? separator : "").append(tk.norm(i));
        }
        return sb.toString();
    }
}
