package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.money.MoneyParser.MoneyMention;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.text.Sentence;
import io.newsevents.extractor.text.Tokens;

import java.util.List;

/** One sentence with everything found in it: actors (and resolved references), money, dates, exercise names. */
final class SentenceView {

    /** An actor at tokens [s, e); {@code ref} when it came from "the two countries" and the like. */
    record Act(int s, int e, Actor actor, boolean place, boolean ref) {
        String key() {
            return actor.key();
        }
    }

    final Tokens tk;
    final Sentence sentence;
    final int index;
    final int a;
    final int b;
    final List<Act> acts;
    final List<MoneyMention> money;
    final List<DateMention> dates;
    final List<NameMention> names;
    final boolean question;

    SentenceView(Tokens tk, Sentence sentence, int index, List<Act> acts, List<MoneyMention> money,
                 List<DateMention> dates, List<NameMention> names) {
        this.tk = tk;
        this.sentence = sentence;
        this.index = index;
        this.a = sentence.tokStart();
        this.b = sentence.tokEnd();
        this.acts = acts;
        this.money = money;
        this.dates = dates;
        this.names = names;
        this.question = b > a && "?".equals(tk.norm(b - 1));
    }

    String w(int i) {
        return i >= a && i < b ? tk.norm(i) : "";
    }
}
