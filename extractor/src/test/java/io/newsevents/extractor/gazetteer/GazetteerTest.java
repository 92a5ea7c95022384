package io.newsevents.extractor.gazetteer;

import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private static final Gazetteer TEST = Gazetteer.fromDirectory(Path.of("src/test/resources/gazetteer-test"));
    private static final Gazetteer BUNDLED = Gazetteer.bundled();

    private static List<String> keys(Gazetteer g, String text) {
        Tokens tk = Tokenizer.tokenize(text);
        return g.find(tk, 0, tk.size()).stream().map(Mention::key).toList();
    }

    @Test
    void namesAliasesDemonymsCapitalsAndMetonyms() {
        assertThat(keys(TEST, "between Turkey, Azerbaijan and Pakistan")).containsExactly("TUR", "AZE", "PAK");
        assertThat(keys(TEST, "Ankara and Baku")).containsExactly("TUR", "AZE");
        assertThat(keys(TEST, "Indian and Armenian officials")).containsExactly("IND", "ARM");
        assertThat(keys(TEST, "the Kremlin and T\u00fcrkiye")).containsExactly("RUS", "TUR");
        assertThat(keys(TEST, "India\u2019s deal with the U.S.")).containsExactly("IND", "USA");
    }

    @Test
    void longestMatchWinsAndCompaniesResolveToTheirState() {
        assertThat(keys(TEST, "Hyundai Rotem and Nagorno-Karabakh")).containsExactly("KOR", "nagorno-karabakh");
        assertThat(keys(TEST, "Nagorno-\nKarabakh")).containsExactly("nagorno-karabakh");
    }

    @Test
    void caseRulesKeepCommonWordsOut() {
        assertThat(keys(TEST, "let us talk about turkey and chad")).isEmpty();
        assertThat(keys(TEST, "US$ 5 million")).isEmpty();
        assertThat(keys(TEST, "Michael Jordan and Chad Smith")).isEmpty();
        assertThat(keys(TEST, "Jordan and the US")).containsExactly("JOR", "USA");
        assertThat(keys(TEST, "the Indian Ocean")).isEmpty();
        assertThat(keys(TEST, "the Gulf of Oman")).isEmpty();
    }

    @Test
    void bundledGazetteerCoversTheUnMembersAndObservers() {
        assertThat(BUNDLED.aliasCount()).isGreaterThan(700);
        for (String iso : List.of("AFG", "ZWE", "PSE", "VAT", "SSD", "USA", "CHN", "KIR", "TUV")) {
            assertThat(BUNDLED.state(iso)).as(iso).isNotNull();
        }
        assertThat(keys(BUNDLED, "Islamabad, New Delhi, the White House and Somaliland"))
                .containsExactly("PAK", "IND", "USA", "somaliland");
    }
}
