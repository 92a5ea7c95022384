package io.newsevents.extractor.rules;

import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.List;
import java.util.Set;

/** What a deal is about: its items, their distinctive words, and its category (arms, cooperation, trade...). */
final class DealItems {

    /** "the procurement of X", "the supply of X": the items of a deal follow "of" after these nouns. */
    private static final Set<String> ITEM_INTRODUCING_NOUNS = Set.of("procurement", "supply", "purchase", "acquisition",
            "delivery", "sale", "production", "development", "versions", "purchases");
    /** Leading words stripped from an item ("the", "its", "of"). */
    private static final Set<String> ITEM_LEADING_WORDS = Set.of("the", "a", "an", "its", "their", "of");
    /** Words that end an item: "72 howitzers from X", "jets worth $1bn". */
    private static final Set<String> ITEM_STOP = Set.of("from", "with", "for", "worth", "in", "at", "by", "to",
            "which", "that", "valued", "under", "during", "on", "as", "after", "before", "while", "whereas",
            "following", "including", "since", "between", "amid", "over", "of");

    private DealItems() {
    }

    /**
     * Adds to {@code items} what a deal at trigger {@code t} (deal noun {@code noun}, or -1) is about: the goods after
     * "the procurement of" or a purchase verb, and a named document ("the Friendship and Cooperation Treaty").
     */
    static void items(SentenceView v, int t, int noun, int ce, List<String> items, Set<String> keys) {
        Tokens tk = v.tk;
        int start = -1;
        // "for the procurement/supply/purchase/acquisition of X"
        for (int i = Math.min(t, noun < 0 ? t : noun); i < ce - 1; i++) {
            String w = tk.norm(i);
            if ("of".equals(w) && ITEM_INTRODUCING_NOUNS.contains(tk.norm(i - 1))) {
                start = i + 1;
                break;
            }
            if ("on".equals(w) && noun >= 0 && i == noun + 1) {
                start = i + 1;
                break;
            }
        }
        if (start < 0 && Lexicon.PURCHASE_VERBS.contains(tk.norm(t))) {
            start = t + 1;
        }
        if (start >= 0) {
            int e = start;
            while (e < ce && e < start + 14) {
                String w = tk.norm(e);
                if (ITEM_STOP.contains(w) || ",".equals(w) && !tk.isWord(e + 1) || ";".equals(w) || ".".equals(w)
                        || "(".equals(w) && !tk.allCaps(e + 1) || ")".equals(w) && !tk.allCaps(e - 1)) {
                    break;
                }
                if (",".equals(w)) {
                    break;
                }
                e++;
            }
            int s = start;
            while (s < e && ITEM_LEADING_WORDS.contains(tk.norm(s))) {
                s++;
            }
            while (e > s && ("(".equals(tk.norm(e - 1)) || "and".equals(tk.norm(e - 1)) || ",".equals(tk.norm(e - 1)))) {
                e--;
            }
            if (e > s) {
                String item = tk.cleanSpan(s, e);
                if (item.length() > 2 && item.length() < 120) {
                    items.add(item);
                    keys(v, s, e, keys);
                }
            }
        }
        // named documents: "the Trilateral Islamabad Declaration", "Friendship and Cooperation Treaty"
        if (noun >= 0 && tk.capitalised(noun)) {
            int s = noun;
            while (s - 1 >= v.a && (tk.capitalised(s - 1) || "and".equals(tk.norm(s - 1)) && tk.capitalised(s - 2)
                    || "-".equals(tk.norm(s - 1)))) {
                s--;
            }
            if (s < noun || tk.capitalised(noun)) {
                String doc = tk.cleanSpan(s, noun + 1);
                if (s < noun && !items.contains(doc)) {
                    items.add(0, doc);
                    keys(v, s, noun, keys);
                }
            }
        }
    }

    /** The category with the most of its words in the sentence (double weight inside [cs, ce)). */
    static String category(SentenceView v, int cs, int ce) {
        int arms = 0;
        int coop = 0;
        int trade = 0;
        for (int i = v.a; i < v.b; i++) {
            String w = v.tk.norm(i);
            if (Lexicon.ARMS_WORDS.contains(w)) {
                arms += (i >= cs && i < ce) ? 2 : 1;
            }
            if (Lexicon.COOPERATION_WORDS.contains(w)) {
                coop += (i >= cs && i < ce) ? 2 : 1;
            }
            if (Lexicon.TRADE_WORDS.contains(w)) {
                trade += (i >= cs && i < ce) ? 2 : 1;
            }
        }
        if (coop > arms && coop >= trade && coop > 0) {
            return "cooperation";
        }
        if (arms > 0 && arms >= trade) {
            return "arms";
        }
        if (trade > 0) {
            return "trade";
        }
        if (coop > 0) {
            return "cooperation";
        }
        return "other";
    }

    /** Distinctive words in tokens [s, e): capitalised or with digits, not an actor, not a generic word. */
    static void keys(SentenceView v, int s, int e, Set<String> keys) {
        Tokens tk = v.tk;
        for (int i = s; i < e; i++) {
            String w = tk.norm(i);
            if (tk.isPunct(i) || tk.isNumber(i) || w.length() < 2 || Lexicon.GENERIC_ITEM_WORDS.contains(w)) {
                continue;
            }
            if (!(tk.capitalised(i) || w.chars().anyMatch(Character::isDigit))) {
                continue;
            }
            boolean actor = false;
            for (Act ac : v.acts) {
                if (i >= ac.s() && i < ac.e()) {
                    actor = true;
                    break;
                }
            }
            if (!actor) {
                keys.add(w);
            }
        }
    }
}
