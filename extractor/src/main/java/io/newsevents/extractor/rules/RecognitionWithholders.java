package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who withholds a recognition: a subject that negates the verb by itself ("Neither A nor B recognises", "no state,
 * including B, has recognised", "no country except Turkey" names nobody), the actors before the trigger that are no
 * subject ("unlike Zambia", a topic "On Cyprus,", "the Latin American states", an aside's possessive), and the state
 * an actor stands for.
 */
final class RecognitionWithholders {

    /** Right before an actor (or before "the" and the actor): it is not the withholder ("unlike Zambia"). */
    private static final Set<String> NOT_WITHHOLDER_BEFORE = Set.of("unlike", "except", "besides", "than", "like",
            "including");
    /** What may stand between a subject and its verb: auxiliaries and adverbs ("has formally recognised"). */
    private static final Set<String> SUBJECT_GAP = Set.of("has", "have", "had", "does", "do", "did", "ever",
            "formally", "officially", "diplomatically", "still", "yet", "so", "far", "fully", "explicitly", "legally");
    /** Heads of a quantified subject that names nobody by itself: "no state", "no UN member". */
    static final Set<String> QUANTIFIED_HEADS = Set.of("state", "states", "country", "countries", "nation",
            "nations", "government", "governments", "member", "members", "capital", "capitals", "monarchy",
            "monarchies", "republic", "republics", "one", "neighbour", "neighbours", "neighbor", "neighbors");
    /** Words of an exception in a quantified subject: the actor after them recognises ("no state except X"). */
    private static final Set<String> EXCEPTIONS = Set.of("except", "besides", "other", "apart", "save", "but", "bar",
            "beyond", "aside", "outside", "excluding", "barring");
    /** Plural group nouns: a state before them modifies the group ("the Latin American states"). */
    private static final Set<String> GROUP_NOUNS = Set.of("states", "countries", "nations", "governments", "members",
            "republics", "monarchies", "capitals", "neighbours", "neighbors", "allies", "partners");
    /** "On Cyprus, ...", "Regarding Kosovo, ...": a topic phrase, not the subject. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "over", "about", "regarding", "concerning",
            "in", "for", "as", "with", "towards", "toward");

    /** Right before an actor (or before "the" and the actor): the actor is a verb's object ("buys gas from Russia"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "from", "of", "by", "at", "against", "into",
            "towards", "toward", "via", "than", "onto", "between");

    private final States states;

    RecognitionWithholders(States states) {
        this.states = states;
    }

    /**
     * The states of a subject that negates the verb at {@code t} by itself: "Neither A nor B (has) recognised",
     * "no state, including B, (has) recognised", "none of the Gulf states, not even B, recognises". Empty for a
     * quantified subject that names nobody who withholds ("no country except Turkey recognises"); null when the
     * subject is none of these.
     */
    List<Actor> negativeSubject(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        int j = t - 1;
        while (j >= cs && SUBJECT_GAP.contains(tk.norm(j))) {
            j--;
        }
        int g = j;
        while (g > v.a && SUBJECT_GAP.contains(tk.norm(g))) {
            g--;
        }
        if (",".equals(tk.norm(g))) {
            // "Not even Russia, which keeps troops there, recognises": the aside may be a clause of its own
            List<Actor> notEven = notEvenBeforeAside(v, g, t);
            if (notEven != null) {
                return notEven;
            }
        }
        if (j < cs && (",".equals(tk.norm(g)) || DASHES.contains(tk.norm(g)))) {
            // "Neither A nor B, which both trade with Russia, recognises", "Neither A nor B - both CSTO members -
            // has recognised": the aside may be a clause of its own
            List<Actor> neither = neitherBeforeAside(v, v.a, g);
            if (neither != null) {
                return neither;
            }
        }
        if (j < cs) {
            return null;
        }
        boolean aside = ",".equals(tk.norm(j));
        if (aside || DASHES.contains(tk.norm(j))) {
            // "Neither A nor B, both members of the CSTO, has recognised": the subject before an apposition
            List<Actor> before = neitherBeforeAside(v, cs, j);
            if (before != null) {
                return before;
            }
        }
        int end = aside ? j : j + 1; // the subject's (or the aside's) last actor ends here
        int last = actEndingAt(v, cs, end);
        if (last < 0) {
            return quantifiedWithoutName(v, cs, j);
        }
        int first = listFirst(v, cs, last);
        List<Actor> out = new ArrayList<>();
        boolean nor = addList(v, first, last, out);
        int s = v.acts.get(first).s();
        String before = tk.norm(s - 1);
        if ("the".equals(before)) {
            before = tk.norm(s - 2);
            s--;
        }
        if (!aside) {
            return "neither".equals(before) && nor && s - 1 >= cs ? out : null;
        }
        // ", including B and C," / ", not even B," after a quantified subject that names nobody
        int q;
        if ("including".equals(before) || "notably".equals(before)) {
            q = s - 2;
        } else if ("even".equals(before) && "not".equals(tk.norm(s - 2))) {
            q = s - 3;
        } else {
            return null;
        }
        if (q < cs || !",".equals(tk.norm(q))) {
            return null;
        }
        int quant = quantifier(v, cs, q);
        if (quant < 0) {
            return null;
        }
        for (int i = quant; i < q; i++) {
            if (EXCEPTIONS.contains(tk.norm(i))) {
                return List.of();
            }
        }
        return out;
    }

    /**
     * "No state has recognised Transnistria, not even Russia", "not a single member recognised X, Ethiopia itself
     * included": the states of an inclusion that closes the clause after the trigger at {@code t}, whose quantified
     * subject (starting at or after {@code cs}) names no exception; empty when there is none.
     */
    List<Actor> trailingInclusion(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        for (int i = cs; i < t; i++) {
            if (EXCEPTIONS.contains(tk.norm(i)) || "only".equals(tk.norm(i))) {
                return List.of(); // "no country except Turkey recognises X, Azerbaijan included": unclear
            }
        }
        for (int i = t + 1; i < v.b - 1; i++) {
            String x = tk.norm(i);
            if (";".equals(x) || "but".equals(x) || Lexicon.RECOGNISE.contains(x) || "not".equals(x)
                    && !",".equals(tk.norm(i - 1))) {
                return List.of();
            }
            if (!",".equals(x)) {
                continue;
            }
            boolean notEven = "not".equals(tk.norm(i + 1)) && "even".equals(tk.norm(i + 2));
            int s = notEven ? i + 3 : i + 1;
            s = "the".equals(tk.norm(s)) ? s + 1 : s;
            List<Actor> out = new ArrayList<>();
            int e = stateList(v, s, out);
            if (e < 0) {
                continue;
            }
            if (!notEven) {
                if ("itself".equals(tk.norm(e)) || "themselves".equals(tk.norm(e))) {
                    e++;
                }
                if (!"included".equals(tk.norm(e))) {
                    continue;
                }
                e++;
            }
            String end = tk.norm(e);
            if (e >= v.b || ".".equals(end) || ",".equals(end) || ";".equals(end) || "\u2014".equals(end)) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * "withhold recognition, among them Spain and Greece", "..., including A and B", "..., notably A": the states of
     * an inclusion right after an objectless trigger at {@code t}; empty when there is none.
     */
    List<Actor> inclusionAfter(SentenceView v, int t) {
        Tokens tk = v.tk;
        if (!",".equals(tk.norm(t + 1))) {
            return List.of();
        }
        int s;
        if ("among".equals(tk.norm(t + 2)) && "them".equals(tk.norm(t + 3))) {
            s = t + 4;
        } else if ("including".equals(tk.norm(t + 2)) || "notably".equals(tk.norm(t + 2))) {
            s = t + 3;
        } else {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        return stateList(v, "the".equals(tk.norm(s)) ? s + 1 : s, out) < 0 ? List.of() : out;
    }

    /**
     * "Neither A nor B, both members of the CSTO, has recognised", "Neither A nor B, which trade with Russia,
     * recognises": the states of a neither/nor list that closes with the comma opening an aside, which ends with the
     * comma at {@code comma} right before the verb and has no verb of recognition or negation of its own; null when
     * the sentence is not of that shape.
     */
    private List<Actor> neitherBeforeAside(SentenceView v, int cs, int comma) {
        Tokens tk = v.tk;
        int o = -1;
        boolean dash = DASHES.contains(tk.norm(comma));
        for (int i = comma - 1; i > cs && i >= comma - 15; i--) {
            String x = tk.norm(i);
            if (Lexicon.RECOGNISE.contains(x) || "not".equals(x) || "never".equals(x) || "n't".equals(x)
                    || ";".equals(x)) {
                return null;
            }
            if (dash ? DASHES.contains(x) : ",".equals(x)) {
                o = i;
                break;
            }
        }
        if (o < 0) {
            return null;
        }
        int last = actEndingAt(v, cs, o);
        if (last < 0) {
            return null;
        }
        int first = listFirst(v, cs, last);
        List<Actor> out = new ArrayList<>();
        boolean nor = addList(v, first, last, out);
        int s = v.acts.get(first).s();
        if ("the".equals(tk.norm(s - 1))) {
            s--;
        }
        return "neither".equals(tk.norm(s - 1)) && nor && s - 1 >= cs && out.size() >= 2 ? out : null;
    }

    /** Index in {@code v.acts} of the last named actor that starts at or after {@code cs} and ends at {@code end}. */
    private static int actEndingAt(SentenceView v, int cs, int end) {
        int last = -1;
        for (int k = 0; k < v.acts.size(); k++) {
            Act ac = v.acts.get(k);
            if (ac.e() == end && ac.s() >= cs && !ac.ref()) {
                last = k;
            }
        }
        return last;
    }

    /** Index of the first actor of the list (starting at or after {@code cs}) whose last actor is {@code last}. */
    private static int listFirst(SentenceView v, int cs, int last) {
        int first = last;
        while (first > 0 && Clauses.listConnected(v, v.acts.get(first - 1), v.acts.get(first))
                && v.acts.get(first - 1).s() >= cs && !v.acts.get(first - 1).ref()) {
            first--;
        }
        return first;
    }

    /** Adds the states of actors {@code first..last} to {@code out}; whether "nor" joins any two of them. */
    private boolean addList(SentenceView v, int first, int last, List<Actor> out) {
        boolean nor = false;
        for (int k = first; k <= last; k++) {
            addWithholder(out, v.acts.get(k));
            if (k > first) {
                for (int i = v.acts.get(k - 1).e(); i < v.acts.get(k).s(); i++) {
                    nor |= "nor".equals(v.tk.norm(i));
                }
            }
        }
        return nor;
    }

    /** Modals between a subject and its negation: "it will never recognise". */
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "shall", "also", "too", "says",
            "said");
    /** Possessives of a speaker's country: "his country does not recognise". */
    private static final Set<String> SPEAKER_POSSESSIVES = Set.of("his", "her", "its", "our", "their");
    /** Heads of "his country", "its government" as a subject. */
    private static final Set<String> OWN_STATE_HEADS = Set.of("country", "government", "nation", "state");

    /**
     * The token of a pronoun subject of the negation at {@code negAt}: "but it still does not recognise", "said his
     * country does not recognise"; -1 when the subject is no such pronoun.
     */
    static int pronounSubject(SentenceView v, int cs, int negAt) {
        Tokens tk = v.tk;
        int k = negAt - 1;
        while (k > v.a && k >= negAt - 4 && (SUBJECT_GAP.contains(tk.norm(k)) || MODALS.contains(tk.norm(k)))) {
            k--;
        }
        if (k < v.a || k < cs - 1) {
            return -1;
        }
        String x = tk.norm(k);
        if ("it".equals(x) && k > v.a) {
            return k;
        }
        if (OWN_STATE_HEADS.contains(x) && SPEAKER_POSSESSIVES.contains(tk.norm(k - 1)) && k - 1 > v.a) {
            return k - 1;
        }
        return -1;
    }

    /** Heads of a subject that describes a state by its form: "the Kingdom", "the Republic", "the Government". */
    private static final Set<String> STATE_FORMS = Set.of("kingdom", "republic", "government", "emirate",
            "sultanate", "federation", "principality");

    /**
     * "Morocco's army hosted the drills; the Kingdom does not recognise X": a subject "the Kingdom", "the Republic"
     * or "the Government" right before the negation at {@code negAt}, opening its clause, stands for the one state
     * named before it in this sentence or, failing that, in the two sentences before; null when there is no such
     * subject, no state or several.
     */
    Actor describedState(SentenceView v, List<SentenceView> views, int cs, int negAt) {
        Tokens tk = v.tk;
        int k = negAt - 1;
        while (k > v.a && k >= negAt - 9 && (SUBJECT_GAP.contains(tk.norm(k)) || MODALS.contains(tk.norm(k))
                || "\"".equals(tk.norm(k)) || "\u201c".equals(tk.norm(k))
                || "and".equals(tk.norm(k)) && (Lexicon.RECOGNISE.contains(tk.norm(k - 1)))
                || Lexicon.RECOGNISE.contains(tk.norm(k)) || "never".equals(tk.norm(k)) || "not".equals(tk.norm(k)))) {
            // 'the Government "has never recognised ...': a quotation may open after the subject; "has not
            // recognised and will never recognise": the subject of the first verb is that of the second
            k--;
        }
        if (k <= v.a || !STATE_FORMS.contains(tk.norm(k)) || !"the".equals(tk.norm(k - 1)) || k - 1 < cs) {
            return null;
        }
        String opener = tk.norm(k - 2);
        if (k - 1 > v.a && k - 1 > cs && !"that".equals(opener) && !",".equals(opener) && !"said".equals(opener)
                && !"says".equals(opener)
                && !"and".equals(opener) && !"but".equals(opener) && !"\"".equals(opener)
                && !"\u201c".equals(opener)) {
            return null; // "the republic" after anything else is no subject of its own
        }
        Actor nearby = nearbyState(v, views, k);
        if (nearby != null || !tk.capitalised(k)) {
            return nearby;
        }
        // "the Kingdom", "the Government" capitalised: an official text speaking of its own state, the one the
        // article is about
        ArticleFocus focus = new ArticleFocus(states);
        for (int p = 0; p < v.index; p++) {
            focus.count(views.get(p)); // what the text said before; not the states this sentence names after it
        }
        return focus.state();
    }

    /** The one state named before the description at {@code k} in this sentence or the two before; null if none. */
    private Actor nearbyState(SentenceView v, List<SentenceView> views, int k) {
        Actor found = null;
        for (int p = v.index; p >= Math.max(0, v.index - 2); p--) {
            SentenceView pv = views.get(p);
            for (Act ac : pv.acts) {
                if (p == v.index && ac.e() > k - 1) {
                    break;
                }
                Actor st = ac.ref() ? null : states.stateOf(ac.actor());
                if (st == null) {
                    continue;
                }
                if (found != null && !found.key().equals(st.key())) {
                    return null; // several states: the description is ambiguous
                }
                found = st;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * "Canada's position has not changed. We do not recognise X": a subject "we" right before the negation at
     * {@code negAt}, opening its clause, stands for the state whose possessive opens the sentence before ("[The]
     * Canada's position/policy ..."); null otherwise.
     */
    Actor speakingState(SentenceView v, List<SentenceView> views, int cs, int negAt) {
        Tokens tk = v.tk;
        int k = negAt - 1;
        while (k > v.a && k >= negAt - 4 && (SUBJECT_GAP.contains(tk.norm(k)) || MODALS.contains(tk.norm(k)))) {
            k--;
        }
        if (!"we".equals(tk.norm(k)) || k < cs || v.index == 0 || k > v.a && k > cs
                && !"\"".equals(tk.norm(k - 1)) && !"\u201c".equals(tk.norm(k - 1))) {
            return null;
        }
        SentenceView pv = views.get(v.index - 1);
        for (Act ac : pv.acts) {
            int s0 = "the".equals(pv.w(pv.a)) ? pv.a + 1 : pv.a;
            if (ac.s() != s0 || ac.ref() || !"'s".equals(pv.w(ac.e())) && !"'".equals(pv.w(ac.e()))) {
                return null;
            }
            return states.stateOf(ac.actor());
        }
        return null;
    }

    /**
     * The state a pronoun subject at {@code p} stands for: the first state named in the sentence before it that is
     * no object, topic or place ("Serbia signed a deal with Russia, but it ..."); null when there is none or it
     * opens a list (a list is no "it").
     */
    Act pronounAntecedent(SentenceView v, int p) {
        Tokens tk = v.tk;
        for (int k = 0; k < v.acts.size(); k++) {
            Act ac = v.acts.get(k);
            if (ac.e() > p) {
                return null;
            }
            if (ac.ref() || states.stateOf(ac.actor()) == null || notSubject(v, ac)
                    || Lexicon.PLACE_PREPOSITIONS.contains(tk.norm(ac.s() - 1))
                    || "the".equals(tk.norm(ac.s() - 1)) && Lexicon.PLACE_PREPOSITIONS.contains(tk.norm(ac.s() - 2))) {
                continue;
            }
            Act next = k + 1 < v.acts.size() && v.acts.get(k + 1).e() <= p ? v.acts.get(k + 1) : null;
            if (next != null && "'s".equals(tk.norm(ac.e())) && next.s() - ac.e() <= 4) {
                continue; // "Turkey's ally Azerbaijan says it ...": the possessor describes the subject
            }
            if (next != null && Clauses.listConnected(v, ac, next)) {
                return null;
            }
            return ac;
        }
        return null;
    }

    /** Dashes that may close an aside: "Neither A nor B - both CSTO members - has recognised". */
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "-", "--");

    /** Words right before "not even" that start a clause: the subject may follow. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", "and", "but", "yet", ":", "\u2014", "-");

    /**
     * "Not even Russia, which keeps troops in the region, recognises ...", "Not even Belarus, Moscow's closest ally,
     * has recognised ...": the states right after a clause-initial "not even", followed by an aside that closes with
     * the comma at {@code comma} right before the verb at {@code t}; null when the sentence is not of that shape.
     */
    private List<Actor> notEvenBeforeAside(SentenceView v, int comma, int t) {
        Tokens tk = v.tk;
        for (int k = 0; k < v.acts.size(); k++) {
            Act ac = v.acts.get(k);
            if (ac.e() >= comma || ac.s() < comma - 25 || ac.ref()) {
                continue;
            }
            int s = "the".equals(tk.norm(ac.s() - 1)) ? ac.s() - 1 : ac.s();
            if (!"even".equals(tk.norm(s - 1)) || !"not".equals(tk.norm(s - 2))
                    || !(s - 2 == v.a || CLAUSE_OPENERS.contains(tk.norm(s - 3)))) {
                continue;
            }
            List<Actor> out = new ArrayList<>();
            addWithholder(out, ac);
            int last = k;
            while (last + 1 < v.acts.size() && v.acts.get(last + 1).e() < comma
                    && Clauses.listConnected(v, v.acts.get(last), v.acts.get(last + 1))) {
                last++;
                addWithholder(out, v.acts.get(last));
            }
            int close = v.acts.get(last).e();
            if (!",".equals(tk.norm(close)) && ",".equals(tk.norm(ac.e()))) {
                close = ac.e(); // "Not even Belarus, Moscow's closest ally, ...": an apposition, no list
                out.clear();
                addWithholder(out, ac);
            }
            if (!",".equals(tk.norm(close)) || out.isEmpty()) {
                return null;
            }
            for (int i = close + 1; i < comma; i++) {
                String x = tk.norm(i);
                if (Lexicon.RECOGNISE.contains(x) || "not".equals(x) || "never".equals(x) || ";".equals(x)) {
                    return null; // the aside has a verb of recognition or a negation of its own
                }
            }
            return out;
        }
        return null;
    }

    /** "No country except Turkey recognises": a quantified subject with no inclusion gives nobody (empty). */
    private List<Actor> quantifiedWithoutName(SentenceView v, int cs, int j) {
        for (int i = j; i >= cs && i > j - 8; i--) {
            String x = v.tk.norm(i);
            if (("no".equals(x) || "none".equals(x) || "single".equals(x)) && quantifier(v, cs, j + 1) >= 0) {
                return List.of();
            }
        }
        return null;
    }

    /**
     * Start of a quantified subject that ends right before {@code end}: "no (Central Asian) state(s)", "none of the
     * Gulf monarchies", "not a single country"; -1 when there is none.
     */
    private static int quantifier(SentenceView v, int cs, int end) {
        Tokens tk = v.tk;
        for (int i = end - 1; i >= cs && i >= end - 7; i--) {
            String x = tk.norm(i);
            if ("none".equals(x) && "of".equals(tk.norm(i + 1))) {
                return i;
            }
            if ("no".equals(x) && !"longer".equals(tk.norm(i + 1)) || "single".equals(x) && "a".equals(tk.norm(i - 1))
                    && "not".equals(tk.norm(i - 2))) {
                for (int k = i + 1; k < end && k <= i + 4; k++) {
                    if (QUANTIFIED_HEADS.contains(tk.norm(k))) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * An actor before the trigger that is no subject: "unlike Zambia", "On Cyprus, ..." (a topic), "the Latin American
     * states" (a modifier of a group).
     */
    static boolean notSubject(SentenceView v, Act ak) {
        Tokens tk = v.tk;
        if (inConcessiveAside(v, ak)) {
            return true; // "Azerbaijan, despite its bond with Turkey, has not recognised ..."
        }
        if (inComparingAside(v, ak)) {
            return true; // "Kazakhstan, alone among Russia's allies, refuses to recognise ..."
        }
        String before = tk.norm(ak.s() - 1);
        if (NOT_WITHHOLDER_BEFORE.contains(before)
                || "the".equals(before) && NOT_WITHHOLDER_BEFORE.contains(tk.norm(ak.s() - 2))) {
            return true;
        }
        if (OBJECT_PREPOSITIONS.contains(before)
                || "the".equals(before) && OBJECT_PREPOSITIONS.contains(tk.norm(ak.s() - 2))) {
            return true; // "which sells drones to Ukraine, buys gas from Russia and withholds recognition"
        }
        if (GROUP_NOUNS.contains(v.w(ak.e()))) {
            return true;
        }
        return TOPIC_PREPOSITIONS.contains(before) && ",".equals(v.w(ak.e()))
                && (ak.s() - 1 == v.a || ",".equals(v.w(ak.s() - 2)));
    }

    /** First words of an aside that sets its subject among others: "alone among", "one of", "unique among". */
    private static final Set<String> COMPARING_OPENERS = Set.of("alone", "among", "unique", "almost", "virtually",
            "nearly", "one", "unlike", "apart", "except");

    /**
     * "Kazakhstan, alone among Russia's allies, refuses ...", "Chile, one of Peru's neighbours, has not ...": the
     * actor stands in an aside (no comma inside) that opens with such a word right after another actor and a comma.
     */
    static boolean inComparingAside(SentenceView v, Act ak) {
        Tokens tk = v.tk;
        for (int i = ak.s() - 1; i > v.a && i >= ak.s() - 6; i--) {
            String x = tk.norm(i);
            if (",".equals(x)) {
                if (!COMPARING_OPENERS.contains(tk.norm(i + 1))) {
                    return false;
                }
                for (Act other : v.acts) {
                    if (other.e() == i) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Words that open a concessive phrase: "despite its ties with X", "in spite of", "for all its", "notwithstanding". */
    private static final Set<String> CONCESSIVE = Set.of("despite", "notwithstanding", "spite", "although", "though");

    /**
     * "Azerbaijan, despite its bond with Turkey, has not recognised ...", "Jordan, for all its ties with Ankara, ...":
     * the actor stands in a concessive phrase (no comma between its opening word and the actor); it is no subject.
     */
    static boolean inConcessiveAside(SentenceView v, Act ak) {
        Tokens tk = v.tk;
        boolean quoted = false;
        for (int i = ak.s() - 1; i >= v.a && i >= ak.s() - 14; i--) {
            String x = tk.norm(i);
            if ("\"".equals(x) || "\u201c".equals(x) || "\u201d".equals(x)) {
                quoted = !quoted; // 'despite its "one nation, two states" bond with X': a comma in a quotation
                continue;
            }
            if (!quoted && (",".equals(x) || ";".equals(x) || "\u2014".equals(x))) {
                return false;
            }
            if (CONCESSIVE.contains(x) || "for".equals(x) && "all".equals(tk.norm(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Cyprus, and with it Greece, refuses ...", "Serbia, and with it Russia, rejects ...": the actor {@code b} joins
     * {@code a} in an aside that closes before the verb; both are the subject.
     */
    static boolean joinedWithIt(SentenceView v, Act a, Act b) {
        Tokens tk = v.tk;
        int i = a.e();
        int as = "the".equals(tk.norm(a.s() - 1)) ? a.s() - 1 : a.s();
        if (!",".equals(tk.norm(i)) || !",".equals(tk.norm(b.e()))
                || !(as == v.a || CLAUSE_OPENERS.contains(tk.norm(as - 1)))) {
            return false;
        }
        i++;
        if ("and".equals(tk.norm(i))) {
            i++;
        }
        String p = tk.norm(i + 1);
        int s = "the".equals(tk.norm(i + 2)) ? i + 3 : i + 2;
        return "with".equals(tk.norm(i)) && ("it".equals(p) || "them".equals(p) || "her".equals(p)) && s == b.s();
    }

    /** "Kyrgyzstan, Moscow's closest partner, ...": the possessive in an aside after the subject describes it. */
    static boolean appositivePossessive(SentenceView v, Act subject, Act ak) {
        return "'s".equals(v.tk.norm(ak.e())) && ",".equals(v.tk.norm(ak.s() - 1)) && subject.e() == ak.s() - 1;
    }

    /** Copulas that link a group defined by its non-recognition to the states that make it up. */
    private static final Set<String> COPULAS = Set.of("are", "were", "include", "included", "includes", "remain");

    /**
     * "The EU members that do not recognise Kosovo are Spain, Slovakia and Greece": a plural group noun defined by a
     * restrictive relative clause whose verb (negated at {@code negAt}, trigger at {@code t}) is followed by a copula
     * and a list of states; those states, empty when the sentence is not of that shape.
     */
    List<Actor> copularList(SentenceView v, int negAt, int t) {
        Tokens tk = v.tk;
        int r = negAt - 1;
        while (r > v.a && r >= negAt - 3 && SUBJECT_GAP.contains(tk.norm(r))) {
            r--;
        }
        String rel = tk.norm(r);
        if (r <= v.a || !("that".equals(rel) || "which".equals(rel) || "who".equals(rel))
                || !GROUP_NOUNS.contains(tk.norm(r - 1))) {
            return List.of();
        }
        int c = -1;
        for (int i = t + 1; i < v.b && i <= t + 12; i++) {
            String x = tk.norm(i);
            if (",".equals(x) || ";".equals(x) || Lexicon.RECOGNISE.contains(x)) {
                return List.of();
            }
            if (COPULAS.contains(x)) {
                c = i;
                break;
            }
        }
        if (c < 0) {
            return List.of();
        }
        int s = "the".equals(tk.norm(c + 1)) ? c + 2 : c + 1;
        List<Actor> out = new ArrayList<>();
        Act last = null;
        for (Act ac : v.acts) {
            if (ac.s() < s) {
                continue;
            }
            if (last == null ? ac.s() != s : !Clauses.listConnected(v, last, ac)) {
                break;
            }
            if (ac.ref() || states.stateOf(ac.actor()) == null) {
                return List.of();
            }
            addWithholder(out, ac);
            last = ac;
        }
        return out;
    }

    /**
     * The states of a list that starts at token {@code s} ("Cyprus, Greece and Slovakia") added to {@code into};
     * the end of the list's last act, -1 when no state starts there.
     */
    int stateList(SentenceView v, int s, List<Actor> into) {
        Act last = null;
        for (Act ac : v.acts) {
            if (ac.s() < s) {
                continue;
            }
            if (ac.ref() || states.stateOf(ac.actor()) == null
                    || (last == null ? ac.s() != s : !Clauses.listConnected(v, last, ac))) {
                break;
            }
            addWithholder(into, ac);
            last = ac;
        }
        return last == null ? -1 : last.e();
    }

    void addWithholder(List<Actor> withholders, Act a) {
        Actor s = states.stateOf(a.actor());
        if (s != null) {
            ActorLists.addUnique(withholders, s);
        }
    }
}
