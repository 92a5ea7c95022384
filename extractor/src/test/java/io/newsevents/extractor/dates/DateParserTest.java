package io.newsevents.extractor.dates;

import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private static List<DateParser.DateMention> find(String text, String published) {
        Tokens tk = Tokenizer.tokenize(text);
        return DateParser.find(tk, 0, tk.size(), published == null ? null : LocalDate.parse(published));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "in September 2021;null;2021-09",
            "on 13 April 2025;null;2025-04-13",
            "since 2016;null;2016",
            "on September 27, 2020;null;2020-09-27",
            "on 28 February, 1992;null;1992-02-28",
            "in Sept. 2021;null;2021-09",
            "last year;2024-03-02;2023",
            "earlier this year;2024-09-01;2024",
            "on Friday;2024-05-13;2024-05-10",
            "last month;2023-08-20;2023-07",
            "in February;2025-06-25;2025-02",
            "in November;2025-06-25;2024-11",
            "on May 10;2025-06-25;2025-05-10",
            "two years ago;2024-11-01;2022",
            "yesterday;2024-01-01;2023-12-31"})
    void resolvesAbsoluteAndRelativeDates(String text, String published, String expected) {
        List<DateParser.DateMention> m = find(text, published);
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).value()).isEqualTo(expected);
    }

    @Test
    void relativeDatesWithoutPublicationDateAreNotInvented() {
        assertThat(find("last year", null).get(0).value()).isNull();
        assertThat(find("on October 10", null).get(0).value()).isNull();
        assertThat(find("earlier this year", null).get(0).value()).isNull();
    }

    @Test
    void rangesDecadesAndCountsAreNotPointDates() {
        assertThat(find("from 2018-2019", null).get(0).range()).isTrue();
        assertThat(find("in the 1990s", null)).isEmpty();
        assertThat(find("some 2000 troops", null)).isEmpty();
        assertThat(find("may be signed", null)).isEmpty();
    }

    @Test
    void futureExpressionsAreMarked() {
        assertThat(find("next year", "2024-01-01").get(0).future()).isTrue();
        assertThat(find("in 2027", "2024-01-01").get(0).future()).isTrue();
    }
}
