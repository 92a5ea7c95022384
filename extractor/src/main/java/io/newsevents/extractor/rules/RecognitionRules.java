package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Withheld recognition (RecognitionWithheld) in a sentence of prose: a negated "recognise" (or "non-recognition",
 * "derecognised", "unrecognised by", "rejects X's independence") with the state that withholds it and the state or
 * entity it withholds it from, active or passive. This class finds the trigger and decides whether it is negated;
 * {@link RecognitionNegation} what cancels a negation, {@link RecognitionWithholders} who withholds,
 * {@link RecognitionTargets} and {@link RecognitionReferences} what is withheld, {@link RecognitionEllipsis} who else
 * withholds it in an elliptical clause or sentence.
 */
final class RecognitionRules {

    /** "rejects X's independence": a negation by itself. */
    static final Set<String> REJECT = Set.of("reject", "rejects", "rejected", "rejecting", "rejection");
    /** "does not accept X's independence": a negated acceptance of statehood. */
    static final Set<String> ACCEPT = Set.of("accept", "accepts", "accepted", "accepting");
    /** Forms of "be" before "recognised": a passive ("is not recognised by"). */
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be");

    /** Verb forms of "recognise" that can follow a subject directly ("Neither A nor B recognises C"). */
    private static final Set<String> FINITE_RECOGNISE = Set.of("recognise", "recognize", "recognises", "recognizes",
            "recognised", "recognized", "acknowledge", "acknowledges", "acknowledged");

    /** Relative pronouns that open a clause about the noun before them. */
    private static final Set<String> RELATIVE = Set.of("which", "who", "whose");

    private final States states;
    private final RecognitionWithholders withholding;
    private final RecognitionTargets objects;
    private final RecognitionEllipsis ellipsis;

    RecognitionRules(States states) {
        this.states = states;
        this.withholding = new RecognitionWithholders(states);
        this.objects = new RecognitionTargets(states);
        this.ellipsis = new RecognitionEllipsis(states, withholding);
    }

    /**
     * "the Sahrawi Arab Democratic Republic (SADR), which Morocco does not recognise": the name before a short form
     * in brackets that closes right before ", which"; null when there is none.
     */
    private static Act bracketedAntecedent(SentenceView v, int cs) {
        Tokens tk = v.tk;
        if (!RELATIVE.contains(tk.norm(cs)) || !",".equals(tk.norm(cs - 1)) || !")".equals(tk.norm(cs - 2))) {
            return null;
        }
        for (int j = cs - 3; j >= Math.max(v.a + 1, cs - 6); j--) {
            if ("(".equals(tk.norm(j))) {
                for (Act ac : v.acts) {
                    if (ac.e() == j && !ac.ref()) {
                        return ac;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Adds the withheld recognitions of one sentence to {@code out}; {@code views}: the article's sentences. */
    void find(SentenceView v, List<Candidate> out, List<SentenceView> views) {
        Tokens tk = v.tk;
        Set<String> seen = null;
        if (v.index > 0 && v.b - v.a <= 12) {
            ellipsis.elliptical(v, out);
        }
        if (v.index > 0 && "the".equals(tk.norm(v.a))) {
            ellipsis.restOfGroup(v, out, views.get(v.index - 1));
        }
        for (int t = v.a; t < v.b; t++) {
            String w = tk.norm(t);
            char c0 = w.isEmpty() ? ' ' : w.charAt(0);
            if (c0 != 'n' && c0 != 'd' && c0 != 'r' && c0 != 'a' && c0 != 'u') {
                continue; // every trigger word starts with one of these letters
            }
            if (seen == null) {
                seen = new HashSet<>();
            }
            boolean nonRecognition = false;
            if (("non".equals(w) && "-".equals(tk.norm(t + 1)) && "recognition".equals(tk.norm(t + 2)))
                    || "nonrecognition".equals(w)) {
                nonRecognition = true;
            } else if (w.startsWith("unrecogni")) {
                nonRecognition = false; // handled below as a passive negation
            } else if (w.startsWith("derecogni")) {
                nonRecognition = true; // "derecognised Taiwan", "the derecognition of"
            } else if (!Lexicon.RECOGNISE.contains(w) && !ACCEPT.contains(w) && !REJECT.contains(w)) {
                continue;
            }
            boolean reject = REJECT.contains(w);
            boolean accept = ACCEPT.contains(w) || reject;
            int cs = Clauses.clauseStart(v, t);
            int ce = Clauses.clauseEnd(v, t);
            boolean acknowledge = w.startsWith("acknowledg");
            if (accept && RecognitionNegation.acceptsAThing(tk, t)) {
                continue; // "has never accepted its terms": accepting a deal's terms is not recognition
            }
            boolean unrecognised = w.startsWith("unrecogni");
            if (unrecognised && !"by".equals(tk.norm(t + 1))) {
                continue; // "an unrecognised republic": no withholder named
            }
            boolean negated = nonRecognition || reject || unrecognised;
            boolean passive = unrecognised;
            int negAt = t;
            // "Neither A nor B recognises C", "no state, including B, has recognised C": the subject negates
            List<Actor> named = FINITE_RECOGNISE.contains(w) ? withholding.negativeSubject(v, cs, t) : null;
            if (named != null) {
                if (named.isEmpty()) {
                    // "no state has recognised X, not even Y", "..., Y itself included"
                    named = withholding.trailingInclusion(v, cs, t);
                }
                if (named.isEmpty()) {
                    continue; // "no state except Turkey recognises ...": nobody named withholds
                }
                negated = true;
            }
            if (!negated) {
                for (int i = t - 1; i >= Math.max(cs, t - 4); i--) {
                    String x = tk.norm(i);
                    if ("not".equals(x) || "n't".equals(x) || "never".equals(x) || Lexicon.REFUSE.contains(x)
                            || RecognitionNegation.WITHHOLDING_WORDS.contains(x)
                            || "yet".equals(x) && "to".equals(tk.norm(i + 1))
                            || RecognitionNegation.holdsBack(tk, i)) {
                        negated = true;
                        negAt = i;
                    }
                }
                int asideNeg = negated ? -1 : RecognitionNegation.negationBeforeAside(tk, cs, t);
                if (asideNeg >= 0) {
                    negated = true; // "has not, to date, formally recognised X"
                    negAt = asideNeg;
                }
                for (int i = t - 2; negated && i >= Math.max(cs + 1, t - 4); i--) {
                    if (RecognitionNegation.holdsBack(tk, i)) {
                        for (int k = i - 2; k >= Math.max(cs, i - 5); k--) {
                            String x = tk.norm(k);
                            if ("not".equals(x) || "n't".equals(x) || "never".equals(x)) {
                                negated = false; // "has never shied away from recognising": it recognises
                            }
                        }
                    }
                }
                boolean grantDenied = false;
                if ("recognition".equals(w) && RecognitionNegation.GRANTING.contains(tk.norm(t - 1))
                        && ("to".equals(tk.norm(t + 1)) || "of".equals(tk.norm(t + 1)))) {
                    // "has not extended recognition to X", "has never granted recognition to X"
                    for (int i = t - 2; i >= Math.max(cs, t - 5); i--) {
                        String x = tk.norm(i);
                        if ("not".equals(x) || "n't".equals(x) || "never".equals(x)
                                || "yet".equals(x) && "to".equals(tk.norm(i + 1))) {
                            grantDenied = true;
                            negAt = i;
                        }
                    }
                    negated |= grantDenied;
                }
                // "withholds recognition of"
                if ("recognition".equals(w) && !grantDenied) {
                    negated = negated && (RecognitionNegation.WITHHOLDING_WORDS.contains(tk.norm(t - 1))
                            || RecognitionNegation.WITHHOLDING_WORDS.contains(tk.norm(t - 2))
                            && "its".equals(tk.norm(t - 1))
                            || "non".equals(tk.norm(t - 2)));
                    if (!negated) {
                        continue;
                    }
                    int wd = RecognitionNegation.WITHHOLDING_WORDS.contains(tk.norm(t - 1)) ? t - 1 : t - 2;
                    boolean doubled = false;
                    for (int i = Math.max(cs, wd - 3); i < wd; i++) {
                        String x = tk.norm(i);
                        doubled |= "not".equals(x) || "n't".equals(x) || "never".equals(x);
                    }
                    if (doubled) {
                        continue; // "has not withdrawn its recognition": the recognition stands
                    }
                }
                if (negated && ("recognised".equals(w) || "recognized".equals(w) || "acknowledged".equals(w))) {
                    for (int i = Math.max(cs, t - 3); i < t; i++) {
                        if (BE_FORMS.contains(tk.norm(i))) {
                            passive = true;
                        }
                    }
                    if ("by".equals(tk.norm(t + 1)) || "internationally".equals(tk.norm(t - 1))) {
                        passive = true;
                    }
                }
            }
            if (!negated) {
                continue;
            }
            if ("not".equals(tk.norm(negAt)) && "even".equals(tk.norm(negAt + 1)) && negAt < t - 2) {
                negAt = t; // "Not even Belarus recognises ...": the subject follows the negation
            }
            // negated negation or demands on others
            boolean skip = false;
            for (int i = Math.max(cs, negAt - 8); i < negAt; i++) {
                String x = tk.norm(i);
                if ((Lexicon.DEMAND_VERBS.contains(x) || RecognitionNegation.MORE_DEMANDS.contains(x))
                        && RecognitionNegation.demandReaches(tk, i, t)
                        || "longer".equals(x) && "no".equals(tk.norm(i - 1))
                        || RecognitionNegation.CONDITIONAL_OR_ENDED.contains(x) && !"short".equals(tk.norm(i + 1))
                        && !("may".equals(x) && tk.capitalised(i))
                        && !RecognitionNegation.reportedWould(v, i, cs, ce)) {
                    skip = true;
                }
            }
            if (v.question || skip) {
                continue;
            }
            List<Act> acts = Clauses.actsIn(v, cs, ce);
            int anaphor = -1;
            List<Actor> withholders = new ArrayList<>();
            List<Actor> targets = new ArrayList<>();
            if (passive) {
                // passive: "X is not recognised by several states, among them Y" or "..., including Y"
                int inc = -1;
                for (int i = t; i < ce; i++) {
                    if ("including".equals(tk.norm(i)) || "notably".equals(tk.norm(i))) {
                        inc = i;
                        break;
                    }
                }
                for (Act ac : acts) {
                    if (ac.s() > t && (inc < 0 || ac.s() > inc)) {
                        Actor s = states.stateOf(ac.actor());
                        if (s != null) {
                            ActorLists.addUnique(withholders, s);
                        }
                    }
                }
                Act subj = null;
                for (Act ac : acts) {
                    if (ac.e() <= negAt) {
                        subj = ac;
                    }
                }
                if (subj != null) {
                    targets.add(subj.actor());
                } else {
                    // "that stance is not recognised": the entity of the previous sentence
                    for (int p = v.index - 1; p >= Math.max(0, v.index - 2) && targets.isEmpty(); p--) {
                        for (Act ac : views.get(p).acts) {
                            if (!Actor.STATE.equals(ac.actor().kind())) {
                                targets.add(ac.actor());
                                break;
                            }
                        }
                    }
                }
            } else {
                // withholder: the nearest actor to the left (with the list it belongs to)
                int wIdx = -1;
                if (named != null) {
                    withholders.addAll(named);
                    acts = new ArrayList<>(); // no subject search, and the object after the trigger only
                    for (Act ac : Clauses.actsIn(v, cs, ce)) {
                        if (ac.s() > t && !named.contains(states.stateOf(ac.actor()))) {
                            acts.add(ac);
                        }
                    }
                }
                boolean inClause = false;
                for (int k = 0; k < acts.size(); k++) {
                    Act ak = acts.get(k);
                    if (ak.e() <= negAt && states.stateOf(ak.actor()) != null
                            && !RecognitionWithholders.notSubject(v, ak)) {
                        inClause = true;
                    }
                }
                int pronoun = named != null ? -1 : RecognitionWithholders.pronounSubject(v, cs, negAt);
                Act ante = inClause || named != null || RELATIVE.contains(tk.norm(cs)) ? null
                        : Clauses.antecedent(v, cs);
                if (pronoun >= 0) {
                    // "Serbia signed a deal with Russia, but it does not recognise ...", "said his country does not"
                    Act said = withholding.pronounAntecedent(v, pronoun);
                    if (said == null) {
                        continue;
                    }
                    withholding.addWithholder(withholders, said);
                    int subjectEnd = negAt;
                    acts = new ArrayList<>(acts);
                    acts.removeIf(ac -> ac.e() <= subjectEnd);
                } else if (ante != null && states.stateOf(ante.actor()) != null) {
                    // "Iran, which lets envoys of X use its embassy in Tehran, has not recognised ...": the noun
                    // the relative clause hangs on is the subject
                    withholding.addWithholder(withholders, ante);
                    int subjectEnd = negAt;
                    acts = new ArrayList<>(acts);
                    acts.removeIf(ac -> ac.e() <= subjectEnd);
                } else if (!inClause && named == null) {
                    // "Malawi, unlike Zambia, does not recognise ...": the subject stands before the aside
                    List<Act> wider = new ArrayList<>();
                    for (Act ak : v.acts) {
                        if (ak.e() <= negAt) {
                            wider.add(ak);
                        }
                    }
                    for (Act ak : acts) {
                        if (ak.e() > negAt) {
                            wider.add(ak);
                        }
                    }
                    acts = wider;
                }
                for (int k = 0; k < acts.size(); k++) {
                    Act ak = acts.get(k);
                    if (named == null && ak.e() <= negAt && states.stateOf(ak.actor()) != null
                            && !RecognitionWithholders.notSubject(v, ak)
                            && !(wIdx >= 0 && RecognitionWithholders.appositivePossessive(v, acts.get(wIdx), ak))
                            && !(wIdx >= 0 && ak.place() && Lexicon.PLACE_PREPOSITIONS.contains(tk.norm(ak.s() - 1)))) {
                        wIdx = k;
                    }
                }
                if (wIdx < 0 && named == null && withholders.isEmpty() && cs > v.a
                        && ("which".equals(tk.norm(cs)) || "who".equals(tk.norm(cs)))) {
                    // "Serbia, which does not recognise Kosovo, ...": the antecedent withholds
                    for (Act ac : v.acts) {
                        if (ac.e() <= cs - 1 && ac.e() >= cs - 3) {
                            withholding.addWithholder(withholders, ac);
                        }
                    }
                }
                if (wIdx >= 0) {
                    Act wa = acts.get(wIdx);
                    // skip "towards X", "with X" objects
                    withholding.addWithholder(withholders, wa);
                    for (int k = wIdx - 1; k >= 0; k--) {
                        if ((Clauses.listConnected(v, acts.get(k), acts.get(k + 1))
                                || RecognitionWithholders.joinedWithIt(v, acts.get(k), acts.get(k + 1)))
                                && !acts.get(k).ref() && !RecognitionWithholders.notSubject(v, acts.get(k))) {
                            // not "Unlike Zambia, Malawi ...", "Despite ties with Turkey, Azerbaijan ..."
                            withholding.addWithholder(withholders, acts.get(k));
                        } else {
                            break;
                        }
                    }
                }
                boolean objectless = false;
                if (withholders.isEmpty() && named == null && "recognition".equals(w)) {
                    // "the other five withhold recognition, among them Spain and Greece"
                    List<Actor> listed = withholding.inclusionAfter(v, t);
                    if (!listed.isEmpty()) {
                        withholders.addAll(listed);
                        objectless = true;
                    }
                }
                if (withholders.isEmpty() && named == null) {
                    // "The EU members that do not recognise Kosovo are Spain, Slovakia and Greece"
                    List<Actor> listed = withholding.copularList(v, negAt, t);
                    if (!listed.isEmpty()) {
                        withholders.addAll(listed);
                        int trigger = t;
                        acts = new ArrayList<>(acts);
                        acts.removeIf(ac -> ac.s() > trigger && listed.contains(states.stateOf(ac.actor())));
                    }
                }
                if (withholders.isEmpty() && named == null && wIdx < 0) {
                    // "the Kingdom does not recognise X" after the state was named
                    Actor described = withholding.describedState(v, views, cs, negAt);
                    if (described == null) {
                        // "Canada's policy is unchanged. We do not recognise X"
                        described = withholding.speakingState(v, views, cs, negAt);
                    }
                    if (described != null) {
                        withholders.add(described);
                    }
                }
                int tIdx = -1;
                boolean derecognised = w.startsWith("derecogni");
                int after = nonRecognition && !derecognised ? t + 2 : t;
                for (int k = 0; k < acts.size(); k++) {
                    if (acts.get(k).s() > after && !objects.sponsor(v, acts.get(k))) {
                        tIdx = k;
                        break;
                    }
                }
                anaphor = nonRecognition ? -1 : RecognitionReferences.anaphorEnd(v, t);
                if (anaphor < 0 && !nonRecognition) {
                    anaphor = RecognitionReferences.declarationEnd(v, views, t); // "the 2008 declaration"
                }
                List<Actor> shared = nonRecognition ? List.of() : objects.sharedHead(v, t);
                if (!shared.isEmpty()) {
                    targets.addAll(shared); // "the Donetsk and Luhansk people's republics"
                    tIdx = -1;
                    anaphor = -1;
                }
                int pluralEnd = nonRecognition || !targets.isEmpty() || withholders.isEmpty() ? -1
                        : RecognitionReferences.pluralEnd(v, t);
                if (pluralEnd >= 0) {
                    // "has not recognised the breakaway territories either": each entity named before
                    List<Actor> plural = RecognitionReferences.pluralReferents(v, views, t, pluralEnd, withholders);
                    if (plural == null) {
                        continue;
                    }
                    targets.addAll(plural);
                    tIdx = -1;
                    anaphor = -1;
                }
                if (!nonRecognition && RecognitionReferences.compassAt(v, t) >= 0) {
                    tIdx = -1; // "the north's institutions and considers the area Turkish-occupied"
                    anaphor = -1;
                }
                if (anaphor >= 0 && tIdx >= 0 && acts.get(tIdx).s() < anaphor) {
                    anaphor = -1; // "the Taliban government": the entity is named in the object itself
                }
                if (anaphor >= 0) {
                    tIdx = -1; // "recognise it either, despite ties with Ankara": the object is the reference
                }
                if (objectless) {
                    tIdx = -1;
                    anaphor = -1;
                    Actor ref = RecognitionReferences.referent(v, views, t, cs, false, withholders);
                    if (ref == null) {
                        continue;
                    }
                    targets.add(ref);
                }
                if (tIdx >= 0 && !RecognitionTargets.objectTargets(v, views, t, w, acts, tIdx, nonRecognition,
                        derecognised, accept, targets)) {
                    continue; // the object is no state or entity, or not one recognised as such
                }
            }
            int compass = !passive && targets.isEmpty() && !withholders.isEmpty()
                    ? RecognitionReferences.compassAt(v, t) : -1;
            if (compass >= 0) {
                // "does not recognise the authorities in the north": the entity named after that part
                Actor part = RecognitionReferences.partNamed(v, views, t, tk.norm(compass), withholders);
                if (part == null) {
                    part = RecognitionReferences.otherHalf(states, withholders, tk.norm(compass));
                }
                if (part != null) {
                    targets.add(part);
                }
            } else if (!passive && targets.isEmpty() && !withholders.isEmpty()) {
                Act ante = anaphor >= 0 ? null : Clauses.antecedent(v, cs);
                if (ante == null && anaphor < 0) {
                    ante = bracketedAntecedent(v, cs);
                }
                if (ante != null) {
                    targets.add(ante.actor()); // "Kosovo, which Serbia does not recognise, ..."
                } else if (anaphor >= 0) {
                    // "Kosovo declared independence, but Serbia does not recognise it", "... its former province"
                    Actor ref = RecognitionReferences.referent(v, views, t, cs, "it".equals(tk.norm(anaphor - 1)),
                            withholders);
                    if (ref != null) {
                        targets.add(ref);
                    }
                }
            }
            if (nonRecognition && !targets.isEmpty()) {
                // "the non-recognition of Kosovo by Spain"
                for (Act ac : acts) {
                    if (ac.s() > t && "by".equals(tk.norm(ac.s() - 1)) && states.stateOf(ac.actor()) != null
                            && !ac.actor().key().equals(targets.get(0).key())) {
                        withholders.clear();
                        withholders.add(states.stateOf(ac.actor()));
                        break;
                    }
                }
            }
            if (!passive && !targets.isEmpty() && !withholders.isEmpty()) {
                ellipsis.alsoWithholding(v, t, withholders); // "..., and neither does Ukraine"
            }
            for (Actor wh : withholders) {
                for (Actor tg : targets) {
                    if (wh.key().equals(tg.key()) || !seen.add(wh.key() + ">" + tg.key())) {
                        continue;
                    }
                    Candidate c = new Candidate(Candidate.RECOGNITION, v.sentence, v.index);
                    c.withholder = wh;
                    c.target = tg;
                    c.confidence = CandidateFields.confidence(passive ? 0.7 : 0.8, false, false, false,
                            Clauses.hedged(v));
                    out.add(c);
                }
            }
        }
    }
}
