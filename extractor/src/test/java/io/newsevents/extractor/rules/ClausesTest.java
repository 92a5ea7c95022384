package io.newsevents.extractor.rules;

import io.newsevents.extractor.text.Sentence;
import io.newsevents.extractor.text.SentenceSplitter;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The clause helpers on their own, on sentences with no actors resolved (only the words matter here). */
class ClausesTest {

    private static SentenceView view(String text) {
        Tokens tk = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(tk);
        assertThat(sentences).hasSize(1);
        return new SentenceView(tk, sentences.get(0), 0, List.of(), List.of(), List.of(), List.of());
    }

    /** Index of the first token that is {@code word} (normalised). */
    private static int at(SentenceView v, String word) {
        for (int i = v.a; i < v.b; i++) {
            if (v.tk.norm(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static String clauseOf(SentenceView v, String trigger) {
        int t = at(v, trigger);
        return v.tk.cleanSpan(Clauses.clauseStart(v, t), Clauses.clauseEnd(v, t));
    }

    @Test
    void aRelativeClauseIsAClauseOfItsOwn() {
        SentenceView v = view("The corvettes, which Ghana ordered in 2021, arrived late.");
        assertThat(clauseOf(v, "ordered")).isEqualTo("which Ghana ordered in 2021");
        assertThat(Clauses.nounSearchStart(v, Clauses.clauseStart(v, at(v, "ordered"))))
                .isLessThan(at(v, "which"));
    }

    @Test
    void aSentenceInitialSubordinateClauseEndsAtItsComma() {
        SentenceView v = view("After the accord was signed, both navies held drills off the coast.");
        assertThat(Clauses.initialClauseEnd(v)).isEqualTo(at(v, ","));
        assertThat(clauseOf(v, "signed")).isEqualTo("After the accord was signed");
        assertThat(clauseOf(v, "held")).startsWith("both navies held drills off the coast");
    }

    @Test
    void aCommaAndThenANewSubjectPronounStartsANewClause() {
        SentenceView v = view("The ministers met in the capital, and they signed a memorandum on training.");
        assertThat(clauseOf(v, "signed")).isEqualTo("they signed a memorandum on training.");
        assertThat(clauseOf(v, "met")).isEqualTo("The ministers met in the capital");
    }

    @Test
    void negationModalityAndIntentBlockATrigger() {
        SentenceView signed = view("Peru signed the contract with a Korean yard.");
        assertThat(Clauses.blocked(signed, at(signed, "signed"), signed.a)).isFalse();

        SentenceView may = view("Peru may sign the contract with a Korean yard.");
        assertThat(Clauses.blocked(may, at(may, "sign"), may.a)).isTrue();

        SentenceView not = view("Peru did not sign the contract with a Korean yard.");
        assertThat(Clauses.blocked(not, at(not, "sign"), not.a)).isTrue();

        SentenceView notOnly = view("Peru not only signed the contract but also paid for it.");
        assertThat(Clauses.blocked(notOnly, at(notOnly, "signed"), notOnly.a)).isFalse();

        SentenceView plans = view("Peru plans to sign the contract with a Korean yard.");
        assertThat(Clauses.blocked(plans, at(plans, "sign"), plans.a)).isTrue();
    }

    @Test
    void cancellationIsReadInTheWholeClause() {
        SentenceView cancelled = view("The frigate contract was cancelled in March.");
        assertThat(Clauses.cancelled(cancelled, cancelled.a, cancelled.b)).isTrue();

        SentenceView fellThrough = view("The tank deal fell through last year.");
        assertThat(Clauses.cancelled(fellThrough, fellThrough.a, fellThrough.b)).isTrue();

        // "withdrew" cancels only with "from": withdrawing troops is no cancellation
        SentenceView troops = view("The army withdrew its troops after the drills.");
        assertThat(Clauses.cancelled(troops, troops.a, troops.b)).isFalse();
        SentenceView from = view("The government withdrew from the agreement.");
        assertThat(Clauses.cancelled(from, from.a, from.b)).isTrue();
    }

    @Test
    void hedgesAreFoundAnywhereInTheSentence() {
        assertThat(Clauses.hedged(view("The deal was reportedly worth two billion dollars."))).isTrue();
        assertThat(Clauses.hedged(view("The deal was worth two billion dollars."))).isFalse();
    }
}
