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
            "was", "were", "is", "are", "has", "have", "had", "will", "would", "said", "says", "it", "they",
            "which", "that", "valued", "under", "during", "on", "as", "after", "before", "while", "whereas",
            "following", "including", "since", "between", "amid", "over", "of");

    /** Counts and quantities before the goods: "six more", "another", "a further", "eighteen". */
    private static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "eighteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "dozen", "dozens", "more", "additional",
            "another", "further", "extra", "used", "second-hand", "first", "second", "third", "fourth", "fifth",
            "sixth", "last", "remaining", "up", "about", "around", "some", "several", "of", "firm", "eighty",
            "seventy", "ninety", "-");
    /** Before a participle: a passive ("were procured by"). */
    private static final Set<String> BE_PASSIVE = Set.of("was", "were", "been", "being", "is", "are");
    /** "PRESENT_PURCHASE" of DealRules: "Egypt orders 30 Rafale jets". */
    private static final Set<String> PRESENT_PURCHASE = Set.of("orders", "buys", "purchases", "acquires", "procures");
    /** Verbs after "to" whose object is the goods of the deal: "a deal to buy 96 helicopters". */
    private static final Set<String> GOODS_VERBS = Set.of("buy", "purchase", "procure", "acquire", "order", "supply",
            "sell", "export", "deliver", "build", "produce", "manufacture", "provide", "import", "develop");
    /** Goods words besides the arms words of the lexicon ("batteries", "howitzer", "corvettes"). */
    static final Set<String> GOODS_WORDS = Set.of("batteries", "battery", "howitzer", "corvette", "interceptor",
            "boats", "boat", "vessel", "destroyers", "destroyer", "icbms", "apcs", "ifvs", "ammunition", "shells",
            "mortars", "trucks", "satellites", "satellite", "sonars", "engines", "simulators", "carrier", "carriers",
            "minehunters", "tankers", "transporters", "airframes", "gunships", "lorries", "pistols", "bombs",
            "torpedoes", "mines", "grenades", "jammers", "sensors", "planes", "airliners", "turbines", "reactors",
            "reactor", "wagons", "locomotives", "buses", "cars", "system", "platforms", "aircrafts");

    /** Goods that are trade, not arms. */
    private static final Set<String> TRADE_GOODS = Set.of("airliners", "turbines", "reactors", "reactor", "wagons",
            "locomotives", "buses", "cars");

    private DealItems() {
    }

    /** True when token {@code i} lies in a name of an actor. */
    static boolean actorAt(SentenceView v, int i) {
        for (Act ac : v.acts) {
            if (i >= ac.s() && i < ac.e()) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code i} lies in a date mention. */
    static boolean dateAt(SentenceView v, int i) {
        for (var d : v.dates) {
            if (i >= d.tokStart() && i < d.tokEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean moneyAt(SentenceView v, int i) {
        for (var m : v.money) {
            if (i >= m.tokStart() && i < m.tokEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the goods of a deal start when no "procurement of" names them: after "for" following the deal noun ("a
     * contract worth €142 million for Lynx vehicles"), after "option for" / "option to buy", or after "to buy",
     * "to export" ("a deal to buy 96 helicopters"). -1 when what follows names no goods.
     */
    private static int goodsStart(SentenceView v, int t, int noun, int ce) {
        Tokens tk = v.tk;
        int from = Math.min(t, noun < 0 ? t : noun);
        for (int i = from + 1; i < ce - 1; i++) {
            String w = tk.norm(i);
            int s = -1;
            if ("for".equals(w) && !moneyAt(v, i + 1) && !dateAt(v, i + 1) && !"$".equals(tk.norm(i + 1))) {
                s = i + 1;
            } else if ("to".equals(w) && GOODS_VERBS.contains(tk.norm(i + 1))) {
                s = i + 2;
            }
            if (s >= 0 && namesGoods(v, s, ce)) {
                return s;
            }
        }
        return -1;
    }

    /** True when the few words at {@code s} name goods: an arms or goods word before any stop word. */
    private static boolean namesGoods(SentenceView v, int s, int ce) {
        Tokens tk = v.tk;
        for (int i = s; i < Math.min(ce, s + 10); i++) {
            String w = tk.norm(i);
            if (ITEM_STOP.contains(w) && !"of".equals(w) || ",".equals(w) || ";".equals(w)) {
                return false;
            }
            if (Lexicon.ARMS_WORDS.contains(w) && !"defence".equals(w) && !"defense".equals(w)
                    && !"military".equals(w) && !"security".equals(w) || GOODS_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to {@code items} what a deal at trigger {@code t} (deal noun {@code noun}, or -1) is about: the goods after
     * "the procurement of" or a purchase verb, and a named document ("the Friendship and Cooperation Treaty").
     */
    static void items(SentenceView v, int t, int noun, int cs, int ce, List<String> items, Set<String> keys) {
        Tokens tk = v.tk;
        int start = -1;
        int end = -1;
        // "for the procurement/supply/purchase/acquisition of X"
        for (int i = Math.max(cs, Math.min(t, noun < 0 ? t : noun) - 14); i < ce - 1; i++) {
            String w = tk.norm(i);
            if ("of".equals(w) && ITEM_INTRODUCING_NOUNS.contains(tk.norm(i - 1)) && i > cs) {
                start = i + 1;
                break;
            }
            if ("on".equals(w) && noun >= 0 && i == noun + 1) {
                start = i + 1;
                break;
            }
        }
        boolean passive = BE_PASSIVE.contains(tk.norm(t - 1)) && t - 1 > cs;
        if (start < 0 && !passive
                && (Lexicon.PURCHASE_VERBS.contains(tk.norm(t)) || PRESENT_PURCHASE.contains(tk.norm(t)))) {
            start = t + 1;
        }
        if (start >= 0 && "on".equals(tk.norm(start - 1)) && dateAt(v, start)) {
            start = -1; // "signed a deal on Wednesday": a date, not what the deal is on
        }
        if (start < 0) {
            start = goodsStart(v, t, noun, ce);
        }
        if (start < 0 && noun >= 0 && noun <= t) {
            start = goodsStart(v, Math.max(cs, noun - 14) - 1, -1, noun); // "signed for 12 helicopters in a deal worth"
        }
        if (start < 0 && passive) {
            // "Eighteen Caesar howitzers were procured by Lithuania": the goods are the subject
            int s0 = t - 1;
            while (s0 - 1 >= cs && s0 > t - 12 && (tk.isWord(s0 - 1) || tk.isNumber(s0 - 1)
                    || "-".equals(tk.norm(s0 - 1))) && !ITEM_STOP.contains(tk.norm(s0 - 1))) {
                s0--;
            }
            if (s0 < t - 1 && namesGoods(v, s0, t - 1)) {
                start = s0;
                end = t - 1;
            }
        }
        if (start >= 0) {
            int e = start;
            while (e < ce && e < start + 14 && (end < 0 || e < end)) {
                String w = tk.norm(e);
                if (ITEM_STOP.contains(w) || ",".equals(w) && !tk.isWord(e + 1) || ";".equals(w) || ".".equals(w)
                        || "(".equals(w) && !tk.allCaps(e + 1) || ")".equals(w) && !tk.allCaps(e - 1)) {
                    break;
                }
                if (",".equals(w) || (SOFT_STOP.contains(w) || Lexicon.MAKER_VERBS.contains(w)
                        || MOUNTED.contains(w)) && e > start && !"-".equals(tk.norm(e - 1))) {
                    break;
                }
                e++;
            }
            int s = start;
            // "another 180 South Korean K2 tanks", "six more", "German-built": counts and origins are no part of the
            // goods' name
            while (s < e && (ITEM_LEADING_WORDS.contains(tk.norm(s)) || QUANTIFIERS.contains(tk.norm(s))
                    || tk.isNumber(s) && !tk.isNumber(s + 1) && tk.spaceBefore(s + 1) && s + 1 < e || actorAt(v, s) && s + 1 < e
                    && !("-".equals(tk.norm(s + 1)) && tk.isNumber(s + 2)) || "-".equals(tk.norm(s)) && s > start
                    && (actorAt(v, s - 1) || tk.isNumber(s - 1)) || Lexicon.MAKER_VERBS.contains(tk.norm(s))
                    && s > start && "-".equals(tk.norm(s - 1)) || "hand".equals(tk.norm(s)) && s > start
                    && "-".equals(tk.norm(s - 1)) || "than".equals(tk.norm(s)) || ("batch".equals(tk.norm(s)) || "batches".equals(
                    tk.norm(s)) || "units".equals(tk.norm(s))) && "of".equals(tk.norm(s + 1)))) {
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

    /** What a cooperation deal is about: "a cooperation agreement", "an agreement on military-technical cooperation". */
    /** "a defence agreement", "a security pact": a pact between states, not a purchase. */
    private static final Set<String> PACT_QUALIFIERS = Set.of("defence", "defense", "security", "mutual", "strategic");
    private static final Set<String> PACT_NOUNS = Set.of("agreement", "agreements", "pact", "pacts", "treaty",
            "treaties", "accord", "accords", "memorandum", "declaration", "partnership");
    /** Words that end the goods once some are read: "drones around the same time", "aircraft abroad". */
    private static final Set<String> SOFT_STOP = Set.of("around", "about", "roughly", "nearly", "abroad", "last",
            "this", "earlier", "later", "when", "where", "each", "apiece", "altogether", "together");
    /** Participles after goods that describe them: "systems mounted on trucks", "launchers fitted to". */
    private static final Set<String> MOUNTED = Set.of("mounted", "fitted", "equipped", "armed", "integrated",
            "installed", "based", "ordered", "purchased", "bought", "signed", "due", "scheduled", "expected");
    private static final Set<String> COOPERATION_TOPICS = Set.of("cooperation", "co-operation", "partnership",
            "collaboration", "stationing", "framework", "alliance", "friendship");

    /**
     * The category of a deal with deal noun {@code noun} (or -1) and the given items: cooperation when the agreement
     * is about cooperation ("a defence cooperation agreement", "an agreement on military-technical cooperation"),
     * arms when its items are goods of arms, else the category with the most of its words in the sentence.
     */
    static String category(SentenceView v, int cs, int ce, int noun, List<String> items) {
        Tokens tk = v.tk;
        if (noun >= 0 && COOPERATION_TOPICS.contains(tk.norm(noun - 1))) {
            return "cooperation";
        }
        for (String item : items) {
            for (String w : item.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
                if (Lexicon.ARMS_WORDS.contains(w) && !"military".equals(w) && !"defence".equals(w)
                        && !"defense".equals(w) && !"security".equals(w)
                        || GOODS_WORDS.contains(w) && !TRADE_GOODS.contains(w)) {
                    return "arms";
                }
            }
        }
        if (noun >= 0) {
            if (PACT_QUALIFIERS.contains(tk.norm(noun - 1)) && PACT_NOUNS.contains(tk.norm(noun))) {
                return "cooperation"; // "a mutual defence agreement", "the security pact"
            }
            String after = tk.norm(noun + 1);
            if ("on".equals(after) || "of".equals(after) || "for".equals(after)) {
                for (int i = noun + 2; i < Math.min(ce, noun + 8); i++) {
                    String w = tk.norm(i);
                    if (COOPERATION_TOPICS.contains(w)) {
                        return "cooperation";
                    }
                    if (Lexicon.ARMS_WORDS.contains(w) && !"military".equals(w) && !"defence".equals(w)
                            && !"defense".equals(w) && !"security".equals(w) || GOODS_WORDS.contains(w)
                            || ",".equals(w) || ITEM_STOP.contains(w) && !"of".equals(w)) {
                        break;
                    }
                }
            }
        }
        return category(v, cs, ce);
    }

    /** The category with the most of its words in the sentence (double weight inside [cs, ce)). */
    static String category(SentenceView v, int cs, int ce) {
        int arms = 0;
        int coop = 0;
        int trade = 0;
        for (int i = v.a; i < v.b; i++) {
            String w = v.tk.norm(i);
            if (Lexicon.ARMS_WORDS.contains(w) || GOODS_WORDS.contains(w) && !TRADE_GOODS.contains(w)) {
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
        initials(v, s, e, keys);
    }

    /**
     * "Ground Master 200" is "GM200" in a table, "Advanced Light Helicopter" "ALH": for each run of two to four
     * capitalised words in [s, e), the key of their initials, with the number that follows it if any.
     */
    private static void initials(SentenceView v, int s, int e, Set<String> keys) {
        Tokens tk = v.tk;
        int i = s;
        while (i < e) {
            int j = i;
            StringBuilder init = new StringBuilder();
            while (j < e && tk.isWord(j) && tk.capitalised(j) && !tk.isNumber(j)
                    && !Lexicon.GENERIC_ITEM_WORDS.contains(tk.norm(j))) {
                init.append(tk.norm(j).charAt(0));
                j++;
            }
            if (j - i >= 2 && j - i <= 4) {
                keys.add(init.toString());
                if (j < e && tk.isNumber(j)) {
                    keys.add(init + tk.norm(j));
                }
            }
            i = Math.max(j, i + 1);
        }
    }
}
