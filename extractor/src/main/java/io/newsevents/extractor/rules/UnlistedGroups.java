package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Armed groups the gazetteer does not list, named the way news introduces them: "the Comuneros del Sur armed
 * group", "the Segunda Marquetalia rebels", "the Mai-Mai Yakutumba militia". The proper name before the group noun
 * is the actor (kind other, no ISO code), so a ceasefire a government signs with such a group has its second party.
 * Only after "the", only a run of capitalised words (with "del", "de", "of", "al", ... between them), and never a
 * run that holds a known name ("the Syrian rebels") or reads as an adjective ("the Islamist militia").
 */
final class UnlistedGroups {

    /** Group nouns, one or two words, that follow the name. */
    private static final Set<String> ONE_WORD = Set.of("rebels", "militia", "militias", "guerrillas", "guerrilla",
            "insurgents", "dissidents", "fighters");
    private static final Set<String> FIRST_OF_TWO = Set.of("armed", "rebel", "militia", "guerrilla", "insurgent",
            "dissident", "separatist", "militant");
    private static final Set<String> SECOND_OF_TWO = Set.of("group", "groups", "movement", "faction", "coalition",
            "alliance", "front");
    /** Lower-case words that may join the capitalised words of a name. */
    private static final Set<String> JOINERS = Set.of("del", "de", "la", "las", "los", "of", "al", "el", "-", "y",
            "du", "des", "and");
    /** Capitalised words that describe rather than name a group. */
    private static final Set<String> DESCRIBERS = Set.of("islamist", "islamic", "shia", "shiite", "sunni",
            "christian", "muslim", "jihadist", "opposition", "government", "pro", "anti", "rival", "main", "armed",
            "rebel", "separatist", "ethnic", "local", "tribal", "former", "new", "allied", "breakaway", "splinter",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Endings of adjectives of peoples and creeds ("Tuareg" passes, "Kurdish" and "Marxist" do not). */
    private static final String[] ADJECTIVE_ENDS = {"ist", "ic", "ish", "ian", "an", "ese", "i"};

    private UnlistedGroups() {
    }

    /** Adds the unlisted groups named in tokens [a, b) to {@code acts}, kept in text order. */
    static void add(Tokens tk, int a, int b, List<Act> acts) {
        for (int t = a + 1; t < b; t++) {
            int nameEnd = groupNounStart(tk, t, b);
            if (nameEnd < 0 || !tk.isWord(t - 1) || !tk.capitalised(t - 1)) {
                continue;
            }
            int s = t - 1;
            while (s - 1 > a && (tk.isWord(s - 1) && tk.capitalised(s - 1) || JOINERS.contains(tk.norm(s - 1))
                    && s - 2 > a && tk.isWord(s - 2) && tk.capitalised(s - 2))) {
                s--;
            }
            if (s - 1 < a || !"the".equals(tk.norm(s - 1)) || !plausible(tk, s, nameEnd) || overlaps(acts, s - 1, t)) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int i = s; i < nameEnd; i++) {
                if (i > s && tk.spaceBefore(i)) {
                    name.append(' ');
                }
                name.append(tk.surface(i));
            }
            int at = 0;
            while (at < acts.size() && acts.get(at).s() < s) {
                at++;
            }
            acts.add(at, new Act(s, nameEnd, Actor.other(name.toString()), false, false));
        }
    }

    /** {@code t} when a group noun starts there ("rebels", "armed group"), else -1. */
    private static int groupNounStart(Tokens tk, int t, int b) {
        String w = tk.norm(t);
        if (ONE_WORD.contains(w)) {
            return t;
        }
        return FIRST_OF_TWO.contains(w) && t + 1 < b && SECOND_OF_TWO.contains(tk.norm(t + 1)) ? t : -1;
    }

    private static boolean plausible(Tokens tk, int s, int e) {
        if (e - s == 1) {
            String w = tk.norm(s).toLowerCase(Locale.ROOT);
            for (String end : ADJECTIVE_ENDS) {
                if (w.endsWith(end)) {
                    return false;
                }
            }
        }
        for (int i = s; i < e; i++) {
            if (DESCRIBERS.contains(tk.norm(i)) || Lexicon.MONTHS.contains(tk.norm(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<Act> acts, int s, int e) {
        for (Act ac : acts) {
            if (ac.s() < e && ac.e() > s) {
                return true;
            }
        }
        return false;
    }
}
