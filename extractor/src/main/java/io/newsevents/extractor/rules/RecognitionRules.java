package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Withheld recognition (RecognitionWithheld) in a sentence of prose: a negated "recognise" (or "non-recognition",
 * "derecognised", "unrecognised by", "rejects X's independence") with the state that withholds it and the state or
 * entity it withholds it from, active or passive.
 */
final class RecognitionRules {

    /** Right before an actor (or before "the" and the actor): it is not the withholder ("unlike Zambia"). */
    private static final Set<String> NOT_WITHHOLDER_BEFORE = Set.of("unlike", "except", "besides", "than", "like",
            "including");
    /** "refuses to accept Kosovo's independence": after the target's "'s", what an accept verb must be about. */
    private static final Set<String> STATEHOOD = Set.of("independence", "sovereignty", "statehood", "declaration",
            "unilateral");
    /** "rejects X's independence": a negation by itself. */
    private static final Set<String> REJECT = Set.of("rejects", "rejected", "rejecting", "rejection");
    /** "does not accept X's independence": a negated acceptance of statehood. */
    private static final Set<String> ACCEPT = Set.of("accept", "accepts", "accepted", "accepting");
    /** "withholds recognition", "withdrew its recognition": words before "recognition" that negate it. */
    private static final Set<String> WITHHOLDING_WORDS = Set.of("withdrew", "withdraws", "withdrawn", "revoked",
            "revokes", "rescinded", "withholds", "withheld", "withholding", "refuses", "refused", "refusal");
    /** Forms of "be" before "recognised": a passive ("is not recognised by"). */
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be");
    /**
     * Words before a negated recognition that make it conditional or past ("would not recognise", "ended its
     * non-recognition").
     */
    private static final Set<String> CONDITIONAL_OR_ENDED = Set.of("would", "could", "might", "may", "if", "unless",
            "whether", "threatened", "threatens", "ended", "end", "ending", "stopped", "abandoned", "reversed",
            "lifted");
    /** What may stand between the trigger and its target: "does not recognise the independence of X". */
    private static final Set<String> RECOGNITION_OBJECT = Set.of("", "the", "the independence of", "the sovereignty of",
            "the state of", "the government of", "the regime in", "the republic of", "the existence of",
            "the statehood of", "independent", "the self-proclaimed", "the breakaway", "the so-called");
    /** "does not recognise a Palestinian state": before "X state", the state of that people. */
    private static final Set<String> A_STATE_OF = Set.of("a", "an", "an independent", "a sovereign",
            "a separate", "any", "the");
    /** "the authorities in Sukhumi": stands for the entity only when the target is not a member state. */
    private static final Set<String> RECOGNITION_ENTITY_OBJECT = Set.of("the government in", "the authorities in",
            "the authorities of", "the administration in", "the leadership in", "the leadership of",
            "the regime of", "the de facto authorities in",
            "the de facto authorities of", "the separatist authorities in", "the separatist government in");
    /** "Kosovo's independence": what may follow the target's "'s" (not "Russia's annexation of ..."). */
    private static final Set<String> POSSESSED_OK = Set.of("independence", "sovereignty", "statehood", "government",
            "existence", "self", "breakaway", "self-proclaimed", "declaration", "authorities", "leadership", "regime",
            "republic");

    /** Objects of "accept"/"reject" that are things, not states: "accept its terms", "rejected the offer". */
    private static final Set<String> ACCEPTED_THINGS = Set.of("terms", "conditions", "offer", "offers", "proposal",
            "proposals", "deal", "agreement", "accord", "plan", "results", "result", "outcome", "ruling", "verdict",
            "demands", "demand", "invitation", "mediation", "framework");

    private final States states;

    RecognitionRules(States states) {
        this.states = states;
    }

    private static boolean acceptsAThing(Tokens tk, int t) {
        for (int i = t + 1; i <= t + 3 && i < tk.size(); i++) {
            String x = tk.norm(i);
            if (ACCEPTED_THINGS.contains(x)) {
                return true;
            }
            if (!("its".equals(x) || "their".equals(x) || "the".equals(x) || "his".equals(x) || "her".equals(x)
                    || "any".equals(x) || "peace".equals(x) || "those".equals(x) || "these".equals(x))) {
                return false;
            }
        }
        return false;
    }

    /** Adds the withheld recognitions of one sentence to {@code out}; {@code views}: the article's sentences. */
    void find(SentenceView v, List<Candidate> out, List<SentenceView> views) {
        Tokens tk = v.tk;
        Set<String> seen = null;
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
            if (accept && acceptsAThing(tk, t)) {
                continue; // "has never accepted its terms": accepting a deal's terms is not recognition
            }
            boolean unrecognised = w.startsWith("unrecogni");
            if (unrecognised && !"by".equals(tk.norm(t + 1))) {
                continue; // "an unrecognised republic": no withholder named
            }
            boolean negated = nonRecognition || reject || unrecognised;
            boolean passive = unrecognised;
            int negAt = t;
            if (!negated) {
                for (int i = t - 1; i >= Math.max(cs, t - 4); i--) {
                    String x = tk.norm(i);
                    if ("not".equals(x) || "n't".equals(x) || "never".equals(x) || Lexicon.REFUSE.contains(x)
                            || "yet".equals(x) && "to".equals(tk.norm(i + 1))) {
                        negated = true;
                        negAt = i;
                    }
                }
                // "withholds recognition of"
                if ("recognition".equals(w)) {
                    negated = negated && (WITHHOLDING_WORDS.contains(tk.norm(t - 1))
                            || WITHHOLDING_WORDS.contains(tk.norm(t - 2)) && "its".equals(tk.norm(t - 1))
                            || "non".equals(tk.norm(t - 2)));
                    if (!negated) {
                        continue;
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
                if (Lexicon.DEMAND_VERBS.contains(x) || "longer".equals(x) && "no".equals(tk.norm(i - 1))
                        || CONDITIONAL_OR_ENDED.contains(x) && !("may".equals(x) && tk.capitalised(i))) {
                    skip = true;
                }
            }
            if (v.question || skip) {
                continue;
            }
            List<Act> acts = Clauses.actsIn(v, cs, ce);
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
                boolean inClause = false;
                for (int k = 0; k < acts.size(); k++) {
                    Act ak = acts.get(k);
                    if (ak.e() <= negAt && states.stateOf(ak.actor()) != null
                            && !NOT_WITHHOLDER_BEFORE.contains(tk.norm(ak.s() - 1))) {
                        inClause = true;
                    }
                }
                if (!inClause) {
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
                    if (ak.e() <= negAt && states.stateOf(ak.actor()) != null
                            && !NOT_WITHHOLDER_BEFORE.contains(tk.norm(ak.s() - 1))
                            && !("the".equals(tk.norm(ak.s() - 1)) && NOT_WITHHOLDER_BEFORE.contains(tk.norm(ak.s() - 2)))
                            && !(wIdx >= 0 && appositivePossessive(v, acts.get(wIdx), ak))
                            && !(wIdx >= 0 && ak.place() && Lexicon.PLACE_PREPOSITIONS.contains(tk.norm(ak.s() - 1)))) {
                        wIdx = k;
                    }
                }
                if (wIdx < 0 && cs > v.a && ("which".equals(tk.norm(cs)) || "who".equals(tk.norm(cs)))) {
                    // "Serbia, which does not recognise Kosovo, ...": the antecedent withholds
                    for (Act ac : v.acts) {
                        if (ac.e() <= cs - 1 && ac.e() >= cs - 3) {
                            addWithholder(withholders, ac);
                        }
                    }
                }
                if (wIdx >= 0) {
                    Act wa = acts.get(wIdx);
                    // skip "towards X", "with X" objects
                    addWithholder(withholders, wa);
                    for (int k = wIdx - 1; k >= 0; k--) {
                        if (Clauses.listConnected(v, acts.get(k), acts.get(k + 1)) && !acts.get(k).ref()) {
                            addWithholder(withholders, acts.get(k));
                        } else {
                            break;
                        }
                    }
                }
                int tIdx = -1;
                boolean derecognised = w.startsWith("derecogni");
                int after = nonRecognition && !derecognised ? t + 2 : t;
                for (int k = 0; k < acts.size(); k++) {
                    if (acts.get(k).s() > after) {
                        tIdx = k;
                        break;
                    }
                }
                if (tIdx >= 0) {
                    Act ta = acts.get(tIdx);
                    // the object must be the state or entity itself, not "the results of the vote in X"
                    int from = nonRecognition && !derecognised ? t + 4 : t + 1;
                    if (derecognised && "of".equals(tk.norm(t + 1))) {
                        from = t + 2;
                    }
                    if (!nonRecognition && "recognition".equals(w) && "of".equals(tk.norm(t + 1))) {
                        from = t + 2;
                    }
                    String between = from < ta.s() ? tk.cleanSpan(from, ta.s()).toLowerCase(Locale.ROOT) : "";
                    if (between.startsWith("formally ") || between.startsWith("officially ")) {
                        between = between.substring(between.indexOf(' ') + 1);
                    }
                    if (A_STATE_OF.contains(between) && ("state".equals(tk.norm(ta.e()))
                            || "statehood".equals(tk.norm(ta.e())))) {
                        between = ""; // "does not recognise a Palestinian state": the state of that people
                    }
                    if (RECOGNITION_ENTITY_OBJECT.contains(between)
                            && !Actor.OTHER.equals(ta.actor().kind())) {
                        continue; // "the government in Caracas": a government, not the state
                    }
                    if (!RECOGNITION_OBJECT.contains(between) && !RECOGNITION_ENTITY_OBJECT.contains(between)
                            && !(nonRecognition && (between.isEmpty()
                            || between.equals("towards") || between.equals("toward") || between.equals("of")
                            || between.equals("regarding")))) {
                        continue;
                    }
                    int po = tk.isNumber(ta.e() + 1) ? 1 : 0; // "Somaliland's 1991 declaration of independence"
                    if ("'s".equals(tk.norm(ta.e())) && (!POSSESSED_OK.contains(tk.norm(ta.e() + 1 + po))
                            || "over".equals(tk.norm(ta.e() + 2)) || "claim".equals(tk.norm(ta.e() + 2))
                            || "claims".equals(tk.norm(ta.e() + 2)))) {
                        continue; // "Russia's annexation of ...", "China's sovereignty over the islands"
                    }
                    if (accept && !("'s".equals(tk.norm(ta.e())) && STATEHOOD.contains(tk.norm(ta.e() + 1))
                            || between.startsWith("the independence") || between.startsWith("the sovereignty")
                            || between.startsWith("the statehood"))) {
                        continue; // "refuses to accept Kosovo's independence", not "refuses to accept X's offer"
                    }
                    targets.add(ta.actor());
                    for (int k = tIdx + 1; k < acts.size() && ta.ref(); k++) {
                        if (acts.get(k).ref() && acts.get(k).s() == ta.s() && acts.get(k).e() == ta.e()) {
                            targets.add(acts.get(k).actor()); // "either territory": both entities it stands for
                        }
                    }
                    for (int k = tIdx + 1; k < acts.size(); k++) {
                        if (Clauses.listConnected(v, acts.get(k - 1), acts.get(k))
                                && (acts.get(k).s() - acts.get(k - 1).e()) <= 2
                                && ("or".equals(tk.norm(acts.get(k).s() - 1)) || "and".equals(tk.norm(acts.get(k).s() - 1))
                                || ",".equals(tk.norm(acts.get(k).s() - 1)))) {
                            targets.add(acts.get(k).actor());
                        } else {
                            break;
                        }
                    }
                }
            }
            if (!passive && targets.isEmpty() && !withholders.isEmpty()) {
                Act ante = Clauses.antecedent(v, cs);
                if (ante != null) {
                    targets.add(ante.actor()); // "Kosovo, which Serbia does not recognise, ..."
                } else if ("it".equals(tk.norm(t + 1)) || "it".equals(tk.norm(t + 2)) && "formally".equals(tk.norm(t + 1))) {
                    // "Kosovo declared independence, but Serbia does not recognise it"
                    Act prev = null;
                    for (Act ac : v.acts) {
                        if (ac.e() <= cs && !ac.ref() && !ac.actor().key().equals(withholders.get(0).key())) {
                            prev = ac;
                        }
                    }
                    if (prev != null) {
                        targets.add(prev.actor());
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

    /** "Kyrgyzstan, Moscow's closest partner, ...": the possessive in an aside after the subject describes it. */
    private static boolean appositivePossessive(SentenceView v, Act subject, Act ak) {
        return "'s".equals(v.tk.norm(ak.e())) && ",".equals(v.tk.norm(ak.s() - 1)) && subject.e() == ak.s() - 1;
    }

    private void addWithholder(List<Actor> withholders, Act a) {
        Actor s = states.stateOf(a.actor());
        if (s != null) {
            ActorLists.addUnique(withholders, s);
        }
    }
}
