package io.newsevents.extractor.rules;

import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which stretch of a sentence one deal trigger owns and whose subject it shares: two coordinated deals ("X bought A
 * from Y and, in 2021, signed B with Z"), a participle clause (", having already signed"), a subordinate or relative
 * clause ("as Greece and Cyprus signed", ", which A, B and C have all bought,"), an aside (", unlike Ankara,") and a
 * pronoun subject ("although it signed"). Stateless: every method is static.
 */
final class DealClauses {

    /** Sentence-initial prepositions whose phrase names something set apart: "Beyond the Russian link, ...". */
    static final Set<String> SET_APART = Set.of("beyond", "unlike", "besides", "despite", "like", "amid",
            "apart", "aside", "compared", "notwithstanding", "alongside");
    /** Adverbs and auxiliaries between a pronoun subject and its verb ("it later signed", "it had ordered"). */
    private static final Set<String> PRONOUN_ADVERBS = Set.of("also", "then", "later", "subsequently", "had", "has",
            "eventually", "finally", "quietly", "already");
    /** Conjunctions that open a clause with a subject of its own: "attended as Greece and Cyprus signed". */
    private static final Set<String> SUBJECT_SUBORDINATORS = Set.of("as", "when", "once", "while", "until",
            "whereas", "after", "since", "because", "before");
    /** Words before a subject that are no head noun of a relative clause ("when", "year" of "last year"). */
    private static final Set<String> NOT_A_HEAD = Set.of("in", "on", "at", "of", "for", "to", "by", "from", "and", "or",
            "but", "as", "when", "while", "after", "before", "since", "because", "then", "so", "if", "that", "where",
            "year", "month", "week", "day", "time", "decade", "years", "months", "weeks", "days", "also", "later",
            "finally", "now", "once", "until", "although", "though", "whereas", "meanwhile", "ago", "earlier",
            "recently", "subsequently", "eventually", "yesterday", "today", "said", "says", "announced", "with");
    /** Heads after a name in the subject of a subordinate clause ("since the Taliban administration signed"). */
    private static final Set<String> SUBJECT_HEADS = Set.of("the", "administration", "government", "authorities",
            "leadership", "regime", "junta", "leaders", "also", "had", "has", "have", "finally", "eventually");
    /** Auxiliaries and adverbs between the subjects of a relative clause and its verb ("have all bought"). */
    private static final Set<String> RELATIVE_GLUE = Set.of("have", "has", "had", "all", "also", "since", "already",
            "each", "both", "recently", "reportedly");
    /** Between "and" and the verb of a second deal: "and, in the same year, [X] concluded", "and later signed". */
    private static final Set<String> COORDINATION_GLUE = Set.of(",", "in", "on", "at", "the", "same", "that", "this",
            "year", "month", "week", "also", "later", "then", "subsequently", "afterwards", "a", "few", "two", "three",
            "years", "months", "weeks", "days", "decade", "after", "early", "late", "mid");
    /** Deal verbs that can open a coordinated clause of their own. */
    private static final Set<String> SECOND_DEAL_VERBS = Set.of("signed", "inked", "concluded", "finalised",
            "finalized", "sealed", "clinched", "ordered", "purchased", "bought", "procured", "penned", "struck");

    private DealClauses() {
    }

    /**
     * An "and" in [from, to) that opens a second deal: after it only dates, names, time words or the noun phrase of
     * a deal ("and the accord that the two countries concluded in 2017") stand before a deal verb of its own, and a
     * deal verb stands before it in the sentence. With {@code verb >= 0} that second verb must be token {@code verb}.
     */
    /** Auxiliaries that open a finite verb: after a comma, a subject of its own or the main clause resumes. */
    private static final Set<String> CLAUSE_AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would");
    /** Conjunctions after a comma that may open a clause with a subject of its own. */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "although",
            "though");
    /** Words of a short subject noun phrase ("the Cypriot National Guard", "its navy"). */
    private static final Set<String> SUBJECT_WORDS = Set.of("the", "its", "their", "his", "her", "a", "an", "this",
            "that", "these", "those", "both", "two", "three");

    /**
     * The comma after deal verb {@code t} that closes its clause because a finite clause of another subject follows
     * (", and the Greek navy has trained with ...") or the main clause resumes after a subordinate one ("formalised
     * when A and B signed a treaty in 2024, has fed C's concern"), or -1. The main clause resumes only for a deal
     * noun after the verb: in "the order for jets, signed in 2023, was worth $1 billion" it is the deal's own.
     */
    static int ownClauseAfter(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        for (int i = t + 2; i < ce - 1; i++) {
            if (!",".equals(tk.norm(i))) {
                continue;
            }
            int j = i + 1;
            if (CLAUSE_AUX.contains(tk.norm(j)) && j + 1 < ce && tk.isWord(j + 1) && objectBetween(v, t, i)) {
                return i; // ", has fed Seoul's concern": the main verb after a subordinate clause
            }
            if (!CLAUSE_CONJUNCTIONS.contains(tk.norm(j))) {
                continue;
            }
            j++;
            if (j >= ce || !SUBJECT_WORDS.contains(tk.norm(j))) {
                continue;
            }
            for (int k = j + 1; k < Math.min(ce - 1, j + 6); k++) {
                String w = tk.norm(k);
                if (CLAUSE_AUX.contains(w)) {
                    return i; // ", and the Cypriot National Guard has held drills with ...": another subject's act
                }
                if (!tk.isWord(k) || NOT_A_HEAD.contains(w)) {
                    break;
                }
            }
        }
        return -1;
    }

    /** True when a deal noun stands between verb {@code t} and {@code end} ("signed a treaty in 2024"). */
    private static boolean objectBetween(SentenceView v, int t, int end) {
        for (int k = t + 1; k < end; k++) {
            if (DealNouns.isDealNoun(v, k)) {
                return true;
            }
        }
        return false;
    }

    static int coordinatedAnd(SentenceView v, int from, int to, int verb) {
        Tokens tk = v.tk;
        for (int i = from; i < to; i++) {
            if (!"and".equals(tk.norm(i))) {
                continue;
            }
            int j = secondDealVerb(v, i, verb >= 0 ? verb + 1 : to);
            if (j < 0 || verb >= 0 && j != verb) {
                continue;
            }
            boolean first = false;
            boolean product = productBeforeRelative(v, i + 1) || "the".equals(tk.norm(i + 1))
                    && productAfterThe(v, i + 2);
            for (int q = Math.max(verb >= 0 ? from : Clauses.clauseStart(v, i), i - 25); q < i; q++) {
                if (SECOND_DEAL_VERBS.contains(tk.norm(q)) || product && DealNouns.isDealNoun(v, q)) {
                    first = true; // also "last year's order for X, and the Rafale that Y ordered": two deal nouns
                }
            }
            if (first) {
                return i;
            }
        }
        return -1;
    }

    /** The deal verb of a clause coordinated by the "and" at {@code and}, or -1. */
    private static int secondDealVerb(SentenceView v, int and, int limit) {
        Tokens tk = v.tk;
        boolean noun = false;
        for (int j = and + 1; j < Math.min(limit, and + 14); j++) {
            String w = tk.norm(j);
            if (SECOND_DEAL_VERBS.contains(w)) {
                return j;
            }
            if (DealNouns.isDealNoun(v, j)) {
                noun = true;
                continue;
            }
            if (noun && ("that".equals(w) || "which".equals(w))) {
                continue;
            }
            if (COORDINATION_GLUE.contains(w) || tk.isNumber(j) || DealItems.actorAt(v, j)
                    || DealItems.dateAt(v, j)) {
                continue;
            }
            if (!noun && tk.isWord(j) && !w.endsWith("ed") && !w.endsWith("ing") && DealNouns.dealNounWithin(v, j, 4)) {
                continue; // "the free trade agreement": words of the noun phrase before its head
            }
            if (!noun && productBeforeRelative(v, j)) {
                noun = true; // "and the 42 Rafale that Jakarta ordered from X": the goods of a second deal
                continue;
            }
            if (!noun && describesName(v, j)) {
                continue; // "and state shipyard PT PAL signed": lower-case words that describe the next name
            }
            return -1;
        }
        return -1;
    }

    /** Words that end a describing phrase before a name: prepositions and particles, not nouns. */
    private static final Set<String> NOT_DESCRIBING = Set.of("to", "with", "from", "for", "by", "of", "at", "in",
            "on", "into", "than", "as", "not", "no", "also", "then", "later", "it", "they");

    /** "the 42 Rafale that ...": a count, then a product before a relative clause. */
    private static boolean productAfterThe(SentenceView v, int j) {
        return productBeforeRelative(v, j) || v.tk.isNumber(j) && productBeforeRelative(v, j + 1);
    }

    /** "Rafale that Jakarta ordered": a capitalised word, no name, then "that"/"which" and a name within 3 tokens. */
    private static boolean productBeforeRelative(SentenceView v, int j) {
        Tokens tk = v.tk;
        if (!tk.isWord(j) || !tk.capitalised(j) || DealItems.actorAt(v, j)) {
            return false;
        }
        for (int k = j + 1; k < j + 4; k++) {
            String w = tk.norm(k);
            if ("that".equals(w) || "which".equals(w)) {
                return DealItems.actorAt(v, k + 1);
            }
            if (!tk.isWord(k) && !"-".equals(w) || DealItems.actorAt(v, k)) {
                return false;
            }
        }
        return false;
    }

    /** Token j opens up to three lower-case noun-like words right before a name ("state shipyard PT PAL"). */
    private static boolean describesName(SentenceView v, int j) {
        Tokens tk = v.tk;
        for (int k = j; k < j + 3; k++) {
            if (k > j && DealItems.actorAt(v, k)) {
                return true;
            }
            String w = tk.norm(k);
            if (!tk.isWord(k) || tk.capitalised(k) || NOT_DESCRIBING.contains(w) || w.endsWith("ed")
                    || w.endsWith("ing") || Lexicon.DEAL_VERBS.contains(w)) {
                return false;
            }
        }
        return DealItems.actorAt(v, j + 3);
    }

    /** Words that open an aside after a subject: ", where Russian instructors train the army,". */
    private static final Set<String> ASIDE_OPENERS = Set.of("where", "which", "who", "whose", "whom");

    /**
     * ", and the Central African Republic, where Russian instructors train the army, concluded": a subject of its
     * own after ", and" (or ", but"), set off from verb {@code t} by a relative aside between commas; the index after
     * the conjunction, or -1.
     */
    static int subjectWithAside(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        if (!",".equals(tk.norm(t - 1))) {
            return -1;
        }
        int open = -1;
        for (int i = t - 2; i > cs && i > t - 25; i--) {
            if (",".equals(tk.norm(i))) {
                open = i;
                break;
            }
        }
        if (open < 0 || !ASIDE_OPENERS.contains(tk.norm(open + 1)) || !DealItems.actorAt(v, open - 1)) {
            return -1;
        }
        int i = open - 1;
        while (i > cs && (DealItems.actorAt(v, i) || "the".equals(tk.norm(i)))) {
            i--;
        }
        String w = tk.norm(i);
        return ("and".equals(w) || "but".equals(w)) && ",".equals(tk.norm(i - 1)) ? i + 1 : -1;
    }

    /**
     * The comma before ", and Mali, which had broken with France, concluded ..." after deal verb {@code t}: a new
     * subject with an aside opens a clause of its own, or -1. Not after a name (", Spain, and France, which").
     */
    static int asideClauseAfter(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        for (int i = t + 2; i < ce; i++) {
            String w = tk.norm(i);
            if (!("and".equals(w) || "but".equals(w)) || !",".equals(tk.norm(i - 1)) || DealItems.actorAt(v, i - 2)) {
                continue;
            }
            int j = i + 1;
            if ("the".equals(tk.norm(j))) {
                j++;
            }
            if (!DealItems.actorAt(v, j)) {
                continue;
            }
            while (j < v.b && DealItems.actorAt(v, j)) {
                j++;
            }
            if (",".equals(tk.norm(j)) && ASIDE_OPENERS.contains(tk.norm(j + 1))) {
                return i - 1;
            }
        }
        return -1;
    }

    /** The subject of the first of two coordinated deals when the second names none ("X bought A and signed B"). */
    static List<Act> subjectBefore(SentenceView v, int cs, int and, int t) {
        for (Act ac : v.acts) {
            if (ac.s() > and && ac.e() <= t) {
                return List.of(); // the second clause names its own subject
            }
        }
        int firstVerb = -1;
        for (int q = cs; q < and; q++) {
            if (SECOND_DEAL_VERBS.contains(v.tk.norm(q))) {
                firstVerb = q;
                break;
            }
        }
        List<Act> out = new ArrayList<>();
        for (Act ac : v.acts) {
            if (firstVerb >= 0 && ac.s() >= cs && ac.e() <= firstVerb && !"-".equals(v.tk.norm(ac.e()))) {
                out.add(ac);
            }
        }
        return out;
    }

    /** "..., having [already] signed": the comma before the participle clause of {@code t}, or -1. */
    static int havingClause(SentenceView v, int cs, int t) {
        for (int i = t - 1; i >= Math.max(cs + 1, t - 3); i--) {
            if ("having".equals(v.tk.norm(i))) {
                return ",".equals(v.tk.norm(i - 1)) && i - 1 > cs ? i - 1 : -1;
            }
        }
        return -1;
    }

    /** The names at the start of the clause from {@code cs}: the subject a participle clause shares. */
    static List<Act> sentenceSubject(SentenceView v, int cs) {
        List<Act> out = new ArrayList<>();
        for (Act ac : v.acts) {
            if (ac.s() < cs) {
                continue;
            }
            if (out.isEmpty() ? ac.s() <= cs + 1 && !ac.ref() : Clauses.listConnected(v, out.get(out.size() - 1), ac)) {
                out.add(ac);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * The subject a clause from {@code cs} shares with what comes before it, or an empty list: the names before an
     * aside or a relative clause ("Athens, unlike Ankara, did sign ...", "France and India, whose 2016 contract was
     * worth ..."), or the subject of the sentence for a pronoun ("Cairo studied offers; the contract it signed ...").
     */
    static List<Act> sharedSubject(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        if (cs > v.a + 1 && ",".equals(tk.norm(cs - 1))
                && (SET_APART.contains(tk.norm(cs)) && commaBetween(v, cs, t) || "whose".equals(tk.norm(cs)))) {
            List<Act> aside = listEndingAt(v, cs - 1);
            if (!aside.isEmpty()) {
                return aside;
            }
        }
        return pronounSubject(v, cs, t) ? sentenceSubject(v, v.a) : List.of();
    }

    /** A comma in (from, to). */
    private static boolean commaBetween(SentenceView v, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (",".equals(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** The names listed up to token {@code e} (exclusive): "France and India" before ", whose". */
    private static List<Act> listEndingAt(SentenceView v, int e) {
        List<Act> out = new ArrayList<>();
        Act last = null;
        for (Act ac : v.acts) {
            if (ac.e() == e && !ac.ref()) {
                last = ac;
            }
        }
        if (last == null) {
            return out;
        }
        out.add(last);
        for (int k = v.acts.indexOf(last) - 1; k >= 0; k--) {
            Act prev = v.acts.get(k);
            if (prev.ref() || !Clauses.listConnected(v, prev, out.get(0))) {
                break;
            }
            out.add(0, prev);
        }
        return out;
    }

    /** "although it signed ...", "the contract it signed with X": "it" is the subject of t with no name in the clause. */
    private static boolean pronounSubject(SentenceView v, int cs, int t) {
        int i = t - 1;
        while (i > cs && PRONOUN_ADVERBS.contains(v.tk.norm(i))) {
            i--;
        }
        if (i <= v.a || !"it".equals(v.tk.norm(i)) || "-".equals(v.tk.norm(i - 1))) {
            return false;
        }
        for (Act ac : v.acts) {
            if (ac.s() >= cs && ac.e() <= t) {
                return false;
            }
        }
        return true;
    }

    /** "attended as Greece and Cyprus signed": the first name after a subordinator that opens t's clause, or -1. */
    static int subordinateSubject(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        int i = t - 1;
        boolean name = false;
        while (i > cs) {
            if (DealItems.actorAt(v, i)) {
                name = true;
                i--;
            } else if (Lexicon.LIST_GLUE.contains(tk.norm(i)) && !"as".equals(tk.norm(i))
                    || SUBJECT_HEADS.contains(tk.norm(i))) {
                i--;
            } else {
                break;
            }
        }
        if (!name || i <= cs || !SUBJECT_SUBORDINATORS.contains(tk.norm(i))) {
            return -1;
        }
        if ("as".equals(tk.norm(i)) && ("such".equals(tk.norm(i - 1)) || "well".equals(tk.norm(i - 1)))) {
            return -1;
        }
        return i + 1;
    }

    /** ", which A, B and C have all bought": the "which" of a relative clause whose subject is a list, or -1. */
    static int relativeInList(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        int i = t - 1;
        boolean name = false;
        while (i > v.a) {
            String w = tk.norm(i);
            if (DealItems.actorAt(v, i)) {
                name = true;
            } else if (!Lexicon.LIST_GLUE.contains(w) && !RELATIVE_GLUE.contains(w)) {
                break;
            }
            i--;
        }
        String w = tk.norm(i);
        return name && i < cs && ("which".equals(w) || "that".equals(w)) && ",".equals(tk.norm(i - 1)) ? i : -1;
    }


    /**
     * Where the subject of an object relative clause ending at trigger {@code t} starts: at "that"/"which" ("the
     * framework deal that Warsaw and Seoul signed"), or at the names right after a plain noun ("the four ships
     * Pakistan ordered"); -1 when the words before {@code t} are no such subject.
     */
    static int relativeSubjectStart(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        int i = t - 1;
        boolean name = false;
        while (i > cs) {
            String w = tk.norm(i);
            if (DealItems.actorAt(v, i)) {
                name = true;
            } else if (!Lexicon.LIST_GLUE.contains(w) && !SUBJECT_HEADS.contains(w) && !PRONOUN_ADVERBS.contains(w)
                    || ",".equals(w)) {
                break;
            }
            i--;
        }
        if (!name || i <= cs) {
            return -1;
        }
        String w = tk.norm(i);
        if ("that".equals(w) || "which".equals(w)) {
            return i;
        }
        if (tk.isWord(i) && !tk.capitalised(i) && !NOT_A_HEAD.contains(w) && !Lexicon.DEAL_VERBS.contains(w)) {
            return i + 1; // "the four ships Pakistan ordered": a relative clause without "that"
        }
        return -1;
    }

    /** "the ceasefire that A and B agreed": the deal noun just before "that" and a subject of names, or -1. */
    static int relativeNounBefore(SentenceView v, int cs, int t) {
        int rs = relativeSubjectStart(v, cs - 1, t);
        if (rs < 0 || !"that".equals(v.tk.norm(rs)) && !"which".equals(v.tk.norm(rs))) {
            return -1;
        }
        return rs - 1 >= v.a && DealNouns.isDealNoun(v, rs - 1) ? rs - 1 : -1;
    }

    /** A relative clause ends at its first comma: "the deal that A and B signed in 2022, months after ...". */
    static int relativeEnd(SentenceView v, int t, int ce) {
        for (int i = t + 1; i < ce; i++) {
            if (",".equals(v.tk.norm(i)) || ";".equals(v.tk.norm(i))) {
                return i;
            }
        }
        return ce;
    }
}
