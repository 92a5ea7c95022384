package io.newsevents.extractor.money;

import io.newsevents.events.Money;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyParserTest {

    private static List<MoneyParser.MoneyMention> find(String text) {
        Tokens tk = Tokenizer.tokenize(text);
        return MoneyParser.find(tk, 0, tk.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "a deal worth US$ 1.6bn;1600000000;USD",
            "a $2 billion deal;2000000000;USD",
            "USD 375 million;375000000;USD",
            "\u20ac2.5 billion;2500000000;EUR",
            "Rs 1,188 crore;11880000000;INR",
            "155 million dollars;155000000;USD",
            "~$30 million;30000000;USD",
            "US$ 922million;922000000;USD",
            "\u00a35 billion;5000000000;GBP",
            "2.5 billion euros;2500000000;EUR",
            "$1.525 billion;1525000000;USD",
            "over $1 billion;1000000000;USD",
            "500 million US dollars;500000000;USD",
            "valued at KRW 3,71 trillion;3710000000000;KRW",
            "EUR 2,5 billion;2500000000;EUR",
            "1.234,5 million euros;1234500000;EUR",
            "$1,500 million;1500000000;USD",
            "€1.250.000;1250000;EUR"})
    void parsesAmountsInTheStatedCurrency(String text, long amount, String currency) {
        List<MoneyParser.MoneyMention> m = find(text);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).money()).isEqualTo(new Money(amount, currency));
    }

    @Test
    void ignoresNumbersWithoutCurrencyAndTinyAmounts() {
        assertThat(find("2,000 troops and 90 vehicles in 2020")).isEmpty();
        assertThat(find("oil at $3 a barrel")).isEmpty();
    }

    @Test
    void rangesTakeTheScaleOfTheUpperBound() {
        List<MoneyParser.MoneyMention> m = find("$2 to $3 billion a year");
        assertThat(m.get(0).money().amount()).isEqualTo(2_000_000_000L);
    }
}
