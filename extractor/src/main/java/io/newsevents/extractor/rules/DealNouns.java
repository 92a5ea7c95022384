package io.newsevents.extractor.rules;

import io.newsevents.extractor.rules.SentenceView.Act;

import java.util.Set;

/**
 * Which tokens name a deal: the deal nouns ("contract", "a peace treaty", "a cease-fire", "a letter of offer"), the
 * documents one signs with another party besides them ("a charter", "a roadmap", "the lease"), and the noun phrases
 * around them ("X's contract", "enlarged its order"). Stateless: every method is static.
 */
final class DealNouns {

    /** Nouns that make "peace" a deal noun: "peace deal", "peace treaty". */
    private static final Set<String> PEACE_DEAL_HEADS = Set.of("deal", "agreement", "accord", "treaty", "settlement");
    /** What else one signs with another party: "signed the Liptako-Gourma Charter", "signed documents on ...". */
    private static final Set<String> SIGNED_OBJECTS = Set.of("charter", "charters", "plan", "roadmap", "document",
            "documents", "concession", "arrangement", "arrangements", "programme", "program", "compact",
            "convention", "conventions", "lease", "framework", "partnership", "understanding");
    /** Words that end the object of "signed" before a signed object is found. */
    private static final Set<String> NOT_SIGNED_OBJECT = Set.of("law", "laws", "bill", "bills", "decree", "decrees",
            "order", "letter", "petition", "book", "note", "notes", "budget", "that", "which", "to", "into");

    /** "a joint statement condemning ...": a statement of a stance, not an agreement. */
    private static final Set<String> STANCE_PARTICIPLES = Set.of("condemning", "welcoming", "expressing", "calling",
            "urging", "voicing", "deploring", "denouncing", "supporting", "backing", "rejecting", "demanding", "about",
            "against");

    /** Changes to a contract that are signed like one. */
    private static final Set<String> AMENDMENTS = Set.of("amendment", "amendments", "addendum", "addenda");

    private DealNouns() {
    }

    /** True when token {@code i} heads the name of a deal ("contract", "peace treaty", "cease-fire", "LOA"). */
    static boolean isDealNoun(SentenceView v, int i) {
        String w = v.tk.norm(i);
        if ("letter".equals(w) && "of".equals(v.tk.norm(i + 1)) && "offer".equals(v.tk.norm(i + 2))
                || ("loa".equals(w) || "loas".equals(w)) && v.tk.allCaps(i)) {
            return true; // a letter of offer and acceptance concludes a foreign military sale
        }
        if ("cease".equals(w) && ("fire".equals(v.tk.norm(i + 1)) || "-".equals(v.tk.norm(i + 1))
                && "fire".equals(v.tk.norm(i + 2)))) {
            return true;
        }
        if ("peace".equals(w) && PEACE_DEAL_HEADS.contains(v.tk.norm(i + 1))) {
            return true;
        }
        if (AMENDMENTS.contains(w)) {
            // "signed an amendment with BAE Systems", "an addendum to the 2024 contract": a contract of its own
            if ("with".equals(v.tk.norm(i + 1))) {
                return true;
            }
            if ("to".equals(v.tk.norm(i + 1))) {
                for (int j = i + 2; j < Math.min(v.b, i + 6); j++) {
                    if (Lexicon.DEAL_NOUNS.contains(v.tk.norm(j))) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (!Lexicon.DEAL_NOUNS.contains(w)) {
            return false;
        }
        if ("order".equals(w) || "orders".equals(w)) {
            String p = v.tk.norm(i - 1);
            if ("in".equals(p) || "to".equals(v.tk.norm(i + 1)) || "executive".equals(p) || "court".equals(p)
                    || "world".equals(p) || "law".equals(p) || "public".equals(p) || "of".equals(v.tk.norm(i + 1))
                    && "in".equals(p)) {
                return false;
            }
        }
        if ("statement".equals(w)) {
            // a signed "joint statement" or "trilateral statement" binds its signatories; a statement alone does not
            String p = v.tk.norm(i - 1);
            return ("ceasefire".equals(p) || "joint".equals(p) || "trilateral".equals(p) || "tripartite".equals(p)
                    || "bilateral".equals(p)) && !STANCE_PARTICIPLES.contains(v.tk.norm(i + 1));
        }
        if ("settlement".equals(w)) {
            String p = v.tk.norm(i - 1);
            return "peace".equals(p) || "mediated".equals(p) || "-".equals(p) || "political".equals(p);
        }
        if ("purchase".equals(w)) {
            return ("the".equals(v.tk.norm(i - 1)) || "a".equals(v.tk.norm(i - 1))) && "of".equals(v.tk.norm(i + 1));
        }
        if ("acquisition".equals(w) || "sale".equals(w) || "procurement".equals(w)) {
            return "of".equals(v.tk.norm(i + 1)) && ("the".equals(v.tk.norm(i - 1)) || "'s".equals(v.tk.norm(i - 1)));
        }
        if ("package".equals(w)) {
            // "signed a $2 billion arms package": a package counts only once signed (an aid package, an approved
            // or offered package does not)
            for (int q = i - 1; q >= Math.max(v.a, i - 6); q--) {
                String x = v.tk.norm(q);
                if ("aid".equals(x) || "relief".equals(x)) {
                    return false;
                }
                if ("signed".equals(x) || "inked".equals(x) || "concluded".equals(x) || "finalised".equals(x)
                        || "finalized".equals(x) || "sealed".equals(x)) {
                    return true;
                }
            }
            return false;
        }
        if ("tender".equals(w)) {
            return false;
        }
        return true;
    }

    /** True when token {@code i} names a ceasefire or a peace deal rather than a deal of goods. */
    static boolean isCeasefire(SentenceView v, int i) {
        if (i < 0) {
            return false;
        }
        String w = v.tk.norm(i);
        return Lexicon.CEASEFIRE_NOUNS.contains(w) || "cease".equals(w) || "peace".equals(w)
                || "settlement".equals(w) || ("statement".equals(w) && "ceasefire".equals(v.tk.norm(i - 1)))
                || (("deal".equals(w) || "agreement".equals(w) || "accord".equals(w)) && (Lexicon.CEASEFIRE_NOUNS
                .contains(v.tk.norm(i - 1)) || "fire".equals(v.tk.norm(i - 1)) || "peace".equals(v.tk.norm(i - 1))));
    }

    /** The deal noun nearest to {@code t} in [t - before, t + after] within [cs, ce), or -1. */
    static int dealNounNear(SentenceView v, int t, int cs, int ce, int before, int after) {
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int i = Math.max(cs, t - before); i < Math.min(ce, t + after + 1); i++) {
            if (isDealNoun(v, i) && Math.abs(i - t) < bestDist) {
                best = i;
                bestDist = Math.abs(i - t);
            }
        }
        return best;
    }

    /** A deal noun within the {@code n} words after {@code j}, with no punctuation before it. */
    /** True when token {@code i} is a document that a signing makes a deal of ("a charter", "a roadmap"). */
    static boolean signedObjectAt(SentenceView v, int i) {
        return SIGNED_OBJECTS.contains(v.tk.norm(i));
    }

    static boolean dealNounWithin(SentenceView v, int j, int n) {
        for (int q = j + 1; q <= j + n && q < v.b; q++) {
            if (isDealNoun(v, q)) {
                return true;
            }
            if (!v.tk.isWord(q)) {
                return false;
            }
        }
        return false;
    }

    /** "X's [$1 billion] contract": a possessive name at most six words before the deal noun, with no verb between. */
    static boolean possessorBefore(SentenceView v, int t) {
        for (Act ac : v.acts) {
            if (ac.e() >= t || ac.e() < t - 7 || ac.ref()) {
                continue;
            }
            String pos = v.tk.norm(ac.e());
            if (!"'s".equals(pos) && !"'".equals(pos) && !"’s".equals(pos) && !"’".equals(pos)) {
                continue;
            }
            boolean clean = true;
            for (int i = ac.e() + 1; i < t; i++) {
                String w = v.tk.norm(i);
                if (Lexicon.DEAL_VERBS.contains(w) || Lexicon.INTENT.contains(w) || ",".equals(w)) {
                    clean = false;
                }
            }
            if (clean) {
                return true;
            }
        }
        return false;
    }

    /** The "order" in "enlarged its order", "expanded the order", "topped up their orders", or -1. */
    static int enlargedOrder(SentenceView v, int t) {
        int i = t + 1;
        if ("topped".equals(v.tk.norm(t))) {
            if (!"up".equals(v.tk.norm(i))) {
                return -1;
            }
            i++;
        }
        String d = v.tk.norm(i);
        if (!("its".equals(d) || "their".equals(d) || "the".equals(d) || "an".equals(d) || "a".equals(d)
                || "his".equals(d) || "her".equals(d))) {
            return -1;
        }
        for (int q = i + 1; q <= i + 3; q++) {
            String w = v.tk.norm(q);
            if ("order".equals(w) || "orders".equals(w) || "contract".equals(w) || "purchase".equals(w)) {
                return q;
            }
            if (!v.tk.isWord(q)) {
                return -1;
            }
        }
        return -1;
    }

    /** The head of the object of "signed" when it is a document of another kind than a deal noun, else -1. */
    static int signedObject(SentenceView v, int t, int ce) {
        for (int i = t + 1; i < Math.min(ce, t + 8); i++) {
            String w = v.tk.norm(i);
            if (NOT_SIGNED_OBJECT.contains(w) || ",".equals(w) || Lexicon.DEAL_VERBS.contains(w)) {
                return -1;
            }
            if (SIGNED_OBJECTS.contains(w)) {
                return i;
            }
        }
        return -1;
    }

    /** The signed object before a passive "signed by": "The lease of the port to X, signed by Y". */
    static int signedObjectBefore(SentenceView v, int t, int cs) {
        for (int i = t - 1; i >= Math.max(cs, t - 14); i--) {
            if (SIGNED_OBJECTS.contains(v.tk.norm(i))) {
                return i;
            }
            if (Lexicon.DEAL_VERBS.contains(v.tk.norm(i))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "signed a ten-year Defence and Economic Cooperation Framework Agreement": a deal noun that ends a long proper
     * name right after the verb, beyond the usual window. Only an article, numbers, hyphens and up to two lower-case
     * words may come before the name, and the name runs on capitalised words, "and", "of" and "on".
     */
    static int namedDealAfter(SentenceView v, int t, int ce) {
        int i = t + 1;
        int lower = 0;
        while (i < ce && i < t + 6 && !(v.tk.isWord(i) && v.tk.capitalised(i))) {
            String w = v.tk.norm(i);
            if (!("a".equals(w) || "an".equals(w) || "the".equals(w) || "-".equals(w) || v.tk.isNumber(i)
                    || v.tk.isWord(i) && ++lower <= 2)) {
                return longDescribedDeal(v, t, ce);
            }
            i++;
        }
        for (int end = Math.min(ce, i + 12); i < end; i++) {
            String w = v.tk.norm(i);
            if (v.tk.isWord(i) && v.tk.capitalised(i)) {
                if (isDealNoun(v, i)) {
                    return i;
                }
            } else if (!"and".equals(w) && !"of".equals(w) && !"on".equals(w) && !"-".equals(w)) {
                return longDescribedDeal(v, t, ce);
            }
        }
        return longDescribedDeal(v, t, ce);
    }

    /** Words that end a noun phrase: a deal noun after one of them is not what the verb took. */
    private static final Set<String> PHRASE_ENDS = Set.of("with", "to", "for", "from", "that", "which", "by", "in",
            "at", "under", "after", "before", "as", "but", "who", "while", "when", "where", "than", "into", "about",
            "over", "against", "between", "among", "since", "until", "was", "were", "is", "are", "has", "had",
            "have", "would", "will", "not", "its", "their", "his", "her", "said", "says");

    /**
     * "signed a ten-year defence and economic framework agreement": a deal noun that ends a long described noun
     * phrase right after the verb, beyond the usual window; the phrase holds only words, numbers, hyphens and "and",
     * never a preposition, a relative pronoun, a verb of saying or a comma.
     */
    private static int longDescribedDeal(SentenceView v, int t, int ce) {
        for (int i = t + 1; i < Math.min(ce, t + 14); i++) {
            String w = v.tk.norm(i);
            if (!v.tk.isWord(i) && !v.tk.isNumber(i) && !"-".equals(w) || PHRASE_ENDS.contains(w)
                    || Lexicon.DEAL_VERBS.contains(w)) {
                return -1;
            }
            if (isDealNoun(v, i)) {
                return i;
            }
        }
        return -1;
    }
}
