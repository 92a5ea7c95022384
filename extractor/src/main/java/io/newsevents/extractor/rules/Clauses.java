package io.newsevents.extractor.rules;

import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clause around a trigger word: where it starts and ends (subordinate and relative clauses, ", and X did"), the
 * noun a relative clause hangs on, and what in the clause stops the trigger (negation, modality, intent,
 * cancellation, hedges).
 */
final class Clauses {

    private Clauses() {
    }

    private static boolean hardStop(String w) {
        return ";".equals(w) || "\u2014".equals(w) || ":".equals(w) || "|".equals(w);
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "once", "since", "although",
            "though", "while", "if", "unless", "whereas", "as", "because", "until", "whenever");

    /** End (the first comma) of a sentence-initial subordinate clause ("After the accord was signed, ..."), or -1. */
    static int initialClauseEnd(SentenceView v) {
        int k = v.a;
        if (k < v.b && (v.tk.norm(k).equals("immediately") || v.tk.norm(k).equals("shortly") || v.tk.norm(k).equals("soon")
                || v.tk.norm(k).equals("even") || v.tk.norm(k).equals("just"))) {
            k++;
        }
        if (k >= v.b || !SUBORDINATORS.contains(v.tk.norm(k))) {
            return -1;
        }
        for (int i = k + 1; i < v.b; i++) {
            if (",".equals(v.tk.norm(i)) && !(listComma(v, i) && onlyActorsBetween(v, k + 1, i))) {
                return i;
            }
        }
        return -1;
    }

    /** True when [from, to) holds only actors, commas and "the": the list of subjects right after an opener. */
    private static boolean onlyActorsBetween(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = v.tk.norm(i);
            if (",".equals(w) || "the".equals(w)) {
                continue;
            }
            boolean inActor = false;
            for (SentenceView.Act ac : v.acts) {
                inActor |= ac.s() <= i && i < ac.e() && !ac.ref();
            }
            if (!inActor) {
                return false;
            }
        }
        return true;
    }

    /** "When Chinese, Iranian and Russian warships ...": a comma between two actors of a list ends no clause. */
    private static boolean listComma(SentenceView v, int i) {
        boolean before = false;
        boolean after = false;
        int next = "the".equals(v.tk.norm(i + 1)) ? i + 2 : i + 1;
        for (SentenceView.Act ac : v.acts) {
            before |= ac.e() == i && !ac.ref();
            after |= ac.s() == next && !ac.ref();
        }
        return before && after;
    }

    /** First token of the clause of the trigger at t (after a hard stop, a closed relative clause, ", and X"). */
    static int clauseStart(SentenceView v, int t) {
        int sub = initialClauseEnd(v);
        int floor = sub >= 0 && t > sub ? sub + 1 : v.a;
        for (int i = t - 1; i >= floor; i--) {
            String w = v.tk.norm(i);
            if (hardStop(w)) {
                return i + 1;
            }
            if (",".equals(w) && relativeOpenerBefore(v, i, floor) >= 0) {
                return i + 1; // "X, which did Y, did Z": the relative clause closed here
            }
            if ("and".equals(w) && i > v.a && commaBefore(v, i) && newClauseAfterAnd(v, i)) {
                return i + 1;
            }
            if (Lexicon.CLAUSE_OPENERS.contains(w) && i > v.a && ",".equals(v.tk.norm(i - 1))) {
                return i;
            }
            if (Lexicon.CLAUSE_OPENERS.contains(w) && i == v.a) {
                // "While X did Y, Z did W": the opener's clause ends at the first comma
                return i;
            }
        }
        return floor;
    }

    private static final Set<String> RELATIVE = Set.of("which", "who", "whose");

    /** A comma right before token i, or a comma and a footnote number glued to it (", and", ",18 and"). */
    static boolean commaBefore(SentenceView v, int i) {
        if (",".equals(v.tk.norm(i - 1))) {
            return true;
        }
        return i - 2 >= v.a && ",".equals(v.tk.norm(i - 2)) && v.tk.isNumber(i - 1) && !v.tk.spaceBefore(i - 1)
                && v.tk.norm(i - 1).length() <= 3;
    }
    /** Verbs that make "..., and X <verb>" a clause of X's own (X cancels, objects, comments): X takes no part. */
    private static final Set<String> OTHER_CLAUSE_VERBS = Lexicon.union(Lexicon.CANCEL, Lexicon.REFUSE,
            Set.of("criticised", "criticized", "condemned", "protested", "warned", "said", "says", "accused",
                    "denounced", "complained", "objected", "responded", "slammed", "urged", "demanded", "opposed",
                    "questioned", "lodged"));
    private static final Set<String> AND_STARTERS = Set.of("they", "it", "he", "she", "we", "later", "also", "then",
            "subsequently", "afterwards", "both");

    /** Index of a ", which" (or ", despite") opener whose clause runs up to the comma at {@code comma}, or -1. */
    private static int relativeOpenerBefore(SentenceView v, int comma, int floor) {
        for (int i = comma - 1; i > floor; i--) {
            String w = v.tk.norm(i);
            if (",".equals(w) || hardStop(w)) {
                return -1;
            }
            if ((RELATIVE.contains(w) || PARENTHETICAL.contains(w)) && ",".equals(v.tk.norm(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Openers of an aside between a subject and its verb: "X, despite its membership of NATO, bought ...". */
    private static final Set<String> PARENTHETICAL = Set.of("despite", "although", "though", "notwithstanding");

    private static final Set<String> CLAUSE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "could", "may", "might");

    /** ", and the two armies held ...": a new clause, not the end of a list of names. */
    private static boolean newClauseAfterAnd(SentenceView v, int and) {
        String n = v.tk.norm(and + 1);
        if (AND_STARTERS.contains(n)) {
            return true;
        }
        for (Act ac : v.acts) {
            // ", and Tunisia cancelled ...", ", and Turkey condemned ...": a new subject with a verb of its own
            if ((ac.s() == and + 1 || ac.s() == and + 2 && "the".equals(n)) && !ac.ref()
                    && (OTHER_CLAUSE_VERBS.contains(v.tk.norm(ac.e())) || Lexicon.SOURCE_NOUNS.contains(v.tk.norm(ac.e()))
                    && OTHER_CLAUSE_VERBS.contains(v.tk.norm(ac.e() + 1)))) {
                return true; // also ", and Serbian officials said ..."
            }
            // ", and Morocco followed in December", ", and Armenia and the United States signed ...": a new subject
            // (one name or a pair) with a past-tense verb of its own
            if ((ac.s() == and + 1 || ac.s() == and + 2 && "the".equals(n)) && !ac.ref() && commaBefore(v, and)
                    && !actEndsAt(v, and - 1) && pastTenseVerb(v, subjectListEnd(v, ac))) {
                return true;
            }
            // ", and Manila is negotiating ...", ", and Oslo has asked ...": a new subject with an auxiliary verb
            if (ac.s() == and + 1 && !ac.ref() && commaBefore(v, and)
                    && CLAUSE_AUXILIARIES.contains(v.tk.norm(ac.e())) && !"been".equals(v.tk.norm(ac.e() + 1))) {
                return true;
            }
        }
        if ((TIME_OPENERS.contains(n) || "the".equals(n) && SAME_PERIOD.contains(v.tk.norm(and + 2)))
                && commaBefore(v, and)) {
            // ", and in November 2020 the UAE and Greece also signed ...": a dated clause with a subject of its own
            for (Act ac : v.acts) {
                if (ac.s() > and + 2 && ac.s() <= and + 7 && !ac.ref() && onlyTimeWords(v, and + 2, ac.s())) {
                    int after = subjectListEnd(v, ac);
                    String w = v.tk.norm(after);
                    return pastTenseVerb(v, after) || Lexicon.DEAL_VERBS.contains(w) || "also".equals(w)
                            || CLAUSE_AUXILIARIES.contains(w);
                }
            }
        }
        if ("the".equals(n)) {
            for (Act ac : v.acts) {
                if (ac.s() == and + 2 && !ac.ref()) {
                    return false;
                }
                if (ac.s() == and + 1 && ac.ref()) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Past participles after a name that describe it rather than start a clause ("X-led", "X based in"). */
    private static final Set<String> DESCRIBING_PARTICIPLES = Set.of("led", "based", "backed", "owned", "made",
            "built", "designed", "funded", "controlled", "allied", "aligned", "administered", "occupied", "armed");

    /** Prepositions that open a time phrase after ", and" (", and in 2021 ..."). */
    private static final Set<String> TIME_OPENERS = Set.of("in", "on", "during", "since", "by", "after", "later");

    /** ", and in the same month X and Y signed": words of a time phrase that refers back to a date. */
    private static final Set<String> SAME_PERIOD = Set.of("same", "month", "year", "week", "following", "next");

    /** True when tokens [from, to) are a date-like phrase: numbers, month names and a few glue words. */
    private static boolean onlyTimeWords(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = v.tk.norm(i);
            if (!(v.tk.isNumber(i) || Lexicon.MONTHS.contains(w) || "the".equals(w) || "of".equals(w) || ",".equals(w)
                    || "early".equals(w) || "late".equals(w) || "mid".equals(w) || "-".equals(w)
                    || SAME_PERIOD.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** The token after a short list of names that starts with {@code first} ("Armenia and the United States"). */
    private static int subjectListEnd(SentenceView v, Act first) {
        int end = first.e();
        for (Act ac : v.acts) {
            if (ac.s() > end && ac.s() <= end + 2 && "and".equals(v.tk.norm(end))
                    && (ac.s() == end + 1 || "the".equals(v.tk.norm(end + 1))) && !ac.ref()) {
                end = ac.e();
            }
        }
        return end;
    }

    /** A lower-case word in -ed right after a name: "followed", "joined", "signed" (a verb of a new clause). */
    private static boolean pastTenseVerb(SentenceView v, int i) {
        if (i >= v.b || !v.tk.isWord(i) || v.tk.capitalised(i)) {
            return false;
        }
        String w = v.tk.norm(i);
        return w.length() > 4 && w.endsWith("ed") && !DESCRIBING_PARTICIPLES.contains(w);
    }

    /** True when a name ends right before token {@code e}: "A, B, and C formalized" is a list, not a new clause. */
    static boolean actEndsAt(SentenceView v, int e) {
        for (Act ac : v.acts) {
            if (ac.e() == e) {
                return true;
            }
        }
        return false;
    }

    private static boolean actStartsAt(SentenceView v, int s) {
        for (Act ac : v.acts) {
            if (!ac.ref() && (ac.s() == s || ac.s() == s + 1 && "the".equals(v.tk.norm(s)))) {
                return true;
            }
        }
        return false;
    }

    /** The noun a relative clause hangs on: "India, which bought ..." gives India for the clause. */
    static Act antecedent(SentenceView v, int cs) {
        int r = -1;
        if (RELATIVE.contains(v.tk.norm(cs)) && cs - 1 > v.a && ",".equals(v.tk.norm(cs - 1))) {
            r = cs;
        } else if (cs - 1 > v.a && ",".equals(v.tk.norm(cs - 1))) {
            r = relativeOpenerBefore(v, cs - 1, v.a);
        }
        if (r < 0) {
            return null;
        }
        for (Act ac : v.acts) {
            if (ac.e() == r - 1 && !ac.ref()) {
                return ac;
            }
        }
        // "The Maldives National Defence Force, which ...", "Poland's Armament Agency, which ...": the name that heads
        // a longer proper name
        for (Act ac : v.acts) {
            if (ac.e() < r - 1 && ac.e() >= r - 6 && !ac.ref() && namePartsOnly(v, ac.e(), r - 1)) {
                return ac;
            }
        }
        return null;
    }

    /** True when tokens [from, to) are capitalised words (or a possessive 's) of one proper name. */
    private static boolean namePartsOnly(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(v.tk.isWord(i) && v.tk.capitalised(i)) && !("'s".equals(v.tk.norm(i)) && i == from)) {
                return false;
            }
        }
        return true;
    }

    /** Where to look for the noun a trigger needs: the clause, or the antecedent of a relative clause before it. */
    static int nounSearchStart(SentenceView v, int cs) {
        if (RELATIVE.contains(v.tk.norm(cs)) && cs - 1 > v.a && ",".equals(v.tk.norm(cs - 1))) {
            return Math.max(v.a, cs - 4);
        }
        if (cs - 1 > v.a && ",".equals(v.tk.norm(cs - 1))) {
            int r = relativeOpenerBefore(v, cs - 1, v.a);
            if (r > 0) {
                return Math.max(v.a, r - 5);
            }
        }
        return cs;
    }

    /** End (exclusive) of the clause of the trigger at t. */
    static int clauseEnd(SentenceView v, int t) {
        int sub = initialClauseEnd(v);
        int limit = sub >= 0 && t < sub ? sub : v.b;
        int cs = clauseStart(v, t);
        boolean relative = RELATIVE.contains(v.tk.norm(cs)) && cs > v.a && ",".equals(v.tk.norm(cs - 1));
        for (int i = t + 1; i < limit; i++) {
            String w = v.tk.norm(i);
            if (hardStop(w)) {
                return i;
            }
            if (relative && ",".equals(w)) {
                return i;
            }
            if ("and".equals(w) && commaBefore(v, i) && newClauseAfterAnd(v, i)) {
                return ",".equals(v.tk.norm(i - 1)) ? i - 1 : i - 2;
            }
            if (",".equals(w) && i + 1 < v.b && (Lexicon.CLAUSE_OPENERS.contains(v.tk.norm(i + 1))
                    || "even".equals(v.tk.norm(i + 1)) && Lexicon.CLAUSE_OPENERS.contains(v.tk.norm(i + 2)))) {
                return i; // ", while ...", ", even though ...": a clause of its own
            }
            if (",".equals(w) && "as".equals(v.tk.norm(i + 1)) && actStartsAt(v, i + 2)) {
                return i; // ", as Britain rebuilds its stocks": a clause of its own
            }
        }
        return limit;
    }

    /** Negation, modality or intent before the trigger in its clause. */
    static boolean blocked(SentenceView v, int t, int cs) {
        Tokens tk = v.tk;
        for (int i = t - 1; i >= Math.max(cs, t - 9); i--) {
            String w = tk.norm(i);
            int dist = t - i;
            if (dist <= 5 && Lexicon.NEGATION.contains(w)) {
                if ("not".equals(w) && "only".equals(tk.norm(i + 1))) {
                    continue;
                }
                if ("no".equals(w) && "longer".equals(tk.norm(i + 1))) {
                    return true;
                }
                if ("yet".equals(w) && !"not".equals(tk.norm(i - 1)) && !"have".equals(tk.norm(i - 1))
                        && !"has".equals(tk.norm(i - 1)) && !"are".equals(tk.norm(i - 1)) && !"is".equals(tk.norm(i - 1))) {
                    continue;
                }
                if ("without".equals(w) && dist > 2) {
                    continue;
                }
                return true;
            }
            if (dist <= 3 && Lexicon.MODAL.contains(w) && !("may".equals(w) && tk.capitalised(i))) {
                if ("to".equals(w)) {
                    if (dist == 1 || (dist == 2 && "be".equals(tk.norm(t - 1)))) {
                        return true;
                    }
                    continue;
                }
                return true;
            }
            if (Lexicon.INTENT.contains(w)) {
                if ("set".equals(w) && !"to".equals(tk.norm(i + 1))) {
                    continue;
                }
                if ("due".equals(w) && !"to".equals(tk.norm(i + 1))) {
                    continue;
                }
                if ("next".equals(w) && dist > 3) {
                    continue;
                }
                return true;
            }
        }
        // "is expected to be signed", "will be held" after a noun subject: look right for "to be"/"will"
        return false;
    }

    /** Subordinators after which a cancellation is the later clause's own ("before" and "after" are not: "signed
     * the deal before pulling out of it" cancels it). */
    private static final Set<String> OWN_CLAUSE = Set.of("since", "while", "although", "though", "because",
            "whereas", "when");

    /**
     * The end of the trigger's own clause within [t, ce): the first subordinating conjunction after the trigger
     * ("... the first truce since the guerrillas walked away from talks"), or {@code ce}.
     */
    static int beforeSubordinate(SentenceView v, int t, int ce) {
        for (int i = t + 1; i < ce; i++) {
            if (OWN_CLAUSE.contains(v.tk.norm(i)) && !"since".equals(v.tk.norm(i + 1))
                    && !v.tk.isNumber(i + 1) && !Lexicon.MONTHS.contains(v.tk.norm(i + 1))) {
                return i; // not "ever since", "since 2019", "since March"
            }
        }
        return ce;
    }

    /** A cancellation in [cs, ce): "cancelled", "called off", "fell through", "withdrew from", "pulled out". */
    static boolean cancelled(SentenceView v, int cs, int ce) {
        Tokens tk = v.tk;
        for (int i = cs; i < ce; i++) {
            String w = tk.norm(i);
            if (Lexicon.CANCEL.contains(w)) {
                if ("withdrew".equals(w) || "withdrawn".equals(w) || "withdraw".equals(w) || "withdrawing".equals(w)) {
                    String nx = tk.norm(i + 1);
                    if (!"from".equals(nx)) {
                        continue;
                    }
                }
                return true;
            }
            String nx = i + 1 < ce ? tk.norm(i + 1) : "";
            if (("called".equals(w) || "calls".equals(w) || "call".equals(w)) && "off".equals(nx)) {
                return true;
            }
            if ("fell".equals(w) && ("through".equals(nx) || "apart".equals(nx))) {
                return true;
            }
            if (("backed".equals(w) || "pulled".equals(w) || "walked".equals(w)) && ("out".equals(nx) || "away".equals(nx))) {
                return true;
            }
        }
        return false;
    }

    /** A hedge anywhere in the sentence ("reportedly", "according to"): lowers the confidence. */
    static boolean hedged(SentenceView v) {
        for (int i = v.a; i < v.b; i++) {
            if (Lexicon.HEDGES.contains(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens between two acts are only list glue ("Turkey, Azerbaijan and Pakistan"); not the comma after a fronted
     * place ("In Moscow, Armenia and Azerbaijan signed": the place is where, the list starts after it).
     */
    static boolean listConnected(SentenceView v, Act left, Act right) {
        if (right.s() < left.e()) {
            return right.s() == left.s();
        }
        if (left.place() && ",".equals(v.tk.norm(left.e())) && frontedPlace(v, left)) {
            return false;
        }
        for (int i = left.e(); i < right.s(); i++) {
            if (!Lexicon.LIST_GLUE.contains(v.tk.norm(i))) {
                return false;
            }
        }
        return right.s() - left.e() <= 4;
    }

    /** Prepositions that open a fronted phrase of place or time ("At the summit in X, ..."). */
    private static final Set<String> FRONTED_OPENERS = Set.of("in", "at", "on", "during", "after", "following");

    /**
     * A place at the end of a sentence-initial phrase: "In Moscow, ...", "At the August 8 meeting in Washington,
     * ..." (the sentence opens with a preposition, the place follows a place preposition, no comma before it).
     */
    private static boolean frontedPlace(SentenceView v, Act place) {
        if (!FRONTED_OPENERS.contains(v.tk.norm(v.a)) || !Lexicon.PLACE_PREPOSITIONS.contains(v.tk.norm(place.s() - 1))) {
            return false;
        }
        for (int i = v.a + 1; i < place.s(); i++) {
            if (",".equals(v.tk.norm(i))) {
                return false;
            }
        }
        return true;
    }

    /** The acts of the sentence that lie within [cs, ce). */
    static List<Act> actsIn(SentenceView v, int cs, int ce) {
        List<Act> out = new ArrayList<>();
        for (Act ac : v.acts) {
            if (ac.s() >= cs && ac.e() <= ce) {
                out.add(ac);
            }
        }
        return out;
    }
}
