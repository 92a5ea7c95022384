package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.rules.Roles.Role;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exercises (ExerciseHeld) in a sentence of prose: a trigger ("held", "took part", "began", "sent troops to", "the
 * drills saw") near an exercise noun or name, with the participants its clause names; also "the drills between X and
 * Y in May 2019" and compounds such as "Russian-Armenian drills".
 */
final class ExerciseRules {

    /** "The drills saw troops from X and Y", "the exercise involved X and Y": after the exercise noun. */
    private static final Set<String> DESCRIBING = Set.of("saw", "involved", "featured", "included", "brought",
            "gathered");
    /** News present: "X and Y begin joint drills", "X hosts French troops for drills". */
    private static final Set<String> PRESENT_EXERCISE_VERBS = Set.of("begin", "begins", "hold", "holds", "stage",
            "stages", "conduct", "conducts", "launch", "launches", "start", "starts", "conclude", "concludes", "wrap",
            "wraps", "kick", "kicks", "hosts", "hosting", "join", "joins", "participate", "participates", "end", "ends");
    /** "hold drills every year": with a present verb, a habit, not one exercise. */
    private static final Set<String> EXERCISE_HABIT = Set.of("every", "each", "annually", "often", "frequently",
            "periodically", "sometimes", "occasionally", "biennially");
    /** "sent troops to the X exercise": a participant sends forces to an exercise. */
    private static final Set<String> SENDING = Set.of("sent", "deployed", "dispatched");
    /** "exercise its right", "exercise control": objects that make "exercise" a verb, not a drill. */
    private static final Set<String> OBJECTS_OF_EXERCISE_AS_VERB = Set.of("its", "their", "his", "her", "control",
            "influence", "sovereignty", "restraint", "caution", "power", "rights", "right", "jurisdiction", "leverage",
            "authority", "pressure", "veto");
    /** "the exercise held", "the exercise began": a verb after "exercise" that makes it a military exercise. */
    private static final Set<String> VERBS_AFTER_EXERCISE_NOUN = Set.of("held", "conducted", "staged", "took", "began",
            "concluded", "ended", "involved", "featured");
    /** Words that make a sentence military, so that "manoeuvres" or "the exercise" are drills. */
    private static final Set<String> MILITARY_WORDS = Set.of("military", "troops", "forces", "army", "navy", "naval",
            "defence", "defense", "drills", "soldiers", "warships", "jets", "militaries", "armed", "air");
    /** Past activities that happen inside an exercise: "flew together at the X exercise". */
    private static final Set<String> ACTIVITY_VERBS = Set.of("flew", "trained", "sailed", "rehearsed", "practised",
            "practiced", "fired", "manoeuvred", "maneuvered", "operated", "fought", "parachuted", "landed");
    /** Verbs that say an exercise began or ended; the exercise noun may stand before or after them. */
    private static final Set<String> START_END_VERBS = Set.of("concluded", "began", "begun", "started", "ended",
            "opened", "culminated", "kicked", "commenced", "wrapped");
    /** Words that make an exercise joint, so a weak actor (the host) counts as a participant. */
    private static final Set<String> JOINT_WORDS = Set.of("joint", "bilateral", "combined", "together", "with",
            "between");
    /** Every word an exercise trigger can start with: the words that are not among these are skipped at once. */
    private static final Set<String> EXERCISE_FIRST_WORDS = Lexicon.union(Lexicon.EXERCISE_VERBS, ACTIVITY_VERBS,
            DESCRIBING, PRESENT_EXERCISE_VERBS, SENDING,
            Set.of("took", "taking", "take", "under", "underway", "ongoing"));

    private final States states;

    ExerciseRules(States states) {
        this.states = states;
    }

    /** True when token i is an exercise noun meant as a military one (not a fire drill, not "exercise its right"). */
    static boolean isExerciseNoun(SentenceView v, int i) {
        Tokens tk = v.tk;
        String w = tk.norm(i);
        if (!Lexicon.EXERCISE_NOUNS.contains(w)) {
            return false;
        }
        String p = tk.norm(i - 1);
        String n = tk.norm(i + 1);
        if ("war".equals(w)) {
            return n.startsWith("game");
        }
        if ("games".equals(w) || "game".equals(w)) {
            return "war".equals(p) || "-".equals(p) && "war".equals(tk.norm(i - 2));
        }
        if (Lexicon.NOT_EXERCISE_BEFORE.contains(p)
                && !("fire".equals(p) && "-".equals(tk.norm(i - 2)) && "live".equals(tk.norm(i - 3)))) {
            return false; // a fire drill, not a "live-fire drill"
        }
        if ("drill".equals(w) || "drills".equals(w)) {
            return true;
        }
        if (w.startsWith("man")) {
            return militaryContext(v);
        }
        // exercise(s)
        if (OBJECTS_OF_EXERCISE_AS_VERB.contains(n)) {
            return false;
        }
        for (int k = Math.max(v.a, i - 3); k < i; k++) {
            if (Lexicon.EXERCISE_MODIFIERS.contains(tk.norm(k))) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(v.b, i + 4); k++) {
            if (VERBS_AFTER_EXERCISE_NOUN.contains(tk.norm(k))) {
                return true;
            }
        }
        for (NameMention nm : v.names) {
            if (Math.abs(nm.tokStart() - i) <= 3 || Math.abs(nm.tokEnd() - i) <= 2) {
                return true;
            }
        }
        return ("the".equals(p) || "this".equals(p) || "these".equals(p) || "an".equals(p) || "a".equals(p))
                && militaryContext(v);
    }

    private static boolean militaryContext(SentenceView v) {
        for (int i = v.a; i < v.b; i++) {
            String w = v.tk.norm(i);
            if (MILITARY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int exerciseNear(SentenceView v, int t, int cs, int ce, int before, int after) {
        int best = -1;
        int bestD = Integer.MAX_VALUE;
        for (int i = Math.max(cs, t - before); i < Math.min(ce, t + after + 1); i++) {
            if (isExerciseNoun(v, i) && Math.abs(i - t) < bestD) {
                best = i;
                bestD = Math.abs(i - t);
            }
        }
        for (NameMention nm : v.names) {
            int i = nm.tokStart();
            if (i >= Math.max(cs, t - before) && i <= Math.min(ce - 1, t + after) && Math.abs(i - t) < bestD) {
                best = i;
                bestD = Math.abs(i - t);
            }
        }
        return best;
    }

    /** Adds the exercises of one sentence to {@code out}; {@code fill} (or null) gives participants from a caption. */
    void find(SentenceView v, List<Actor> fill, List<Candidate> out) {
        Tokens tk = v.tk;
        boolean any = !v.names.isEmpty();
        for (int i = v.a; i < v.b && !any; i++) {
            if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(i))) {
                any = true;
            }
        }
        if (!any) {
            return;
        }
        Set<Integer> usedClauses = new HashSet<>();
        for (int t = v.a; t < v.b; t++) {
            String w = tk.norm(t);
            if (!EXERCISE_FIRST_WORDS.contains(w)) {
                continue;
            }
            String nx = tk.norm(t + 1);
            int cs = Clauses.clauseStart(v, t);
            int ce = Clauses.clauseEnd(v, t);
            int ex = -1;
            boolean trig = false;
            if (("took".equals(w) || "taking".equals(w) || "take".equals(w)) && ("place".equals(nx) || "part".equals(nx))) {
                ex = "part".equals(nx) ? exerciseNear(v, t, cs, ce, 0, 9) : exerciseNear(v, t, cs, ce, 9, 2);
                trig = ex >= 0 && !"take".equals(w);
            } else if (("under".equals(w) && "way".equals(nx)) || "underway".equals(w) || "ongoing".equals(w)) {
                ex = exerciseNear(v, t, cs, ce, 8, 3);
                trig = ex >= 0;
            } else if (DESCRIBING.contains(w)) {
                // "The drills saw troops from X and Y", "the exercise involved X and Y"
                ex = exerciseNear(v, t, cs, ce, 4, 0);
                trig = ex >= 0 && ex < t;
            } else if (PRESENT_EXERCISE_VERBS.contains(w)) {
                // news present: "Kenya and Uganda begin joint drills", "India hosts French troops for drills"
                ex = exerciseNear(v, t, cs, ce, 6, 8);
                trig = ex >= 0 && !"to".equals(tk.norm(t - 1));
                for (int i = cs; i < ce && trig; i++) {
                    if (Lexicon.HABITUAL.contains(tk.norm(i)) || EXERCISE_HABIT.contains(tk.norm(i))) {
                        trig = false; // "hold drills every year"
                    }
                }
            } else if (SENDING.contains(w)) {
                ex = exerciseNear(v, t, cs, ce, 0, 10);
                trig = ex >= 0 && "to".equals(tk.norm(ex - 1)) || ex >= 0 && "to".equals(tk.norm(ex - 2))
                        || ex >= 0 && "the".equals(tk.norm(ex - 1)) && "to".equals(tk.norm(ex - 2));
                if (!trig) {
                    for (int i = t + 1; i < ex && ex >= 0; i++) {
                        if ("to".equals(tk.norm(i)) || "for".equals(tk.norm(i))) {
                            trig = true;
                        }
                    }
                }
            } else if (ACTIVITY_VERBS.contains(w)) {
                // "flew together at the X exercise", "rehearsed ... during the X exercise": an activity in an exercise
                ex = exerciseNear(v, t, cs, ce, 0, 14);
                trig = false;
                if (ex > t) {
                    for (int i = Math.max(t + 1, ex - 6); i < ex; i++) {
                        String x = tk.norm(i);
                        if ("during".equals(x) || ("at".equals(x) || "in".equals(x)) && "the".equals(tk.norm(i + 1))) {
                            trig = true;
                            break;
                        }
                    }
                }
                if (!trig && Lexicon.EXERCISE_VERBS.contains(w)) {
                    ex = exerciseNear(v, t, cs, ce, 7, 9);
                    trig = ex >= 0;
                }
            } else if (Lexicon.EXERCISE_VERBS.contains(w)) {
                if ("participating".equals(w) && !"in".equals(nx)) {
                    continue;
                }
                if (("participated".equals(w) || "participating".equals(w) || "joined".equals(w))) {
                    ex = exerciseNear(v, t, cs, ce, 0, 24);
                } else if (START_END_VERBS.contains(w)) {
                    ex = exerciseNear(v, t, cs, ce, 8, 6);
                } else {
                    ex = exerciseNear(v, t, cs, ce, 7, 9);
                }
                if (ex < 0 && Clauses.nounSearchStart(v, cs) < cs) {
                    ex = exerciseNear(v, t, Clauses.nounSearchStart(v, cs), ce, 20, 0);
                }
                trig = ex >= 0;
            }
            if (!trig || usedClauses.contains(cs)) {
                continue;
            }
            usedClauses.add(cs);
            if (Clauses.blocked(v, t, cs) || (ex < t && Clauses.blocked(v, t, Math.max(cs, ex)))) {
                continue;
            }
            if (negatedAround(v, ex, cs)) {
                continue;
            }
            buildExercise(v, t, ex, cs, ce, fill, out);
        }
        // "the naval drills between Chile, Peru and Ecuador in May 2019": an exercise noun phrase with a date
        if (usedClauses.isEmpty()) {
            boolean modal = false;
            for (int i = v.a; i < v.b; i++) {
                String x = tk.norm(i);
                if (Lexicon.MODAL.contains(x) && !"to".equals(x) && !("may".equals(x) && tk.capitalised(i))
                        || Lexicon.INTENT.contains(x) || Lexicon.NEGATION.contains(x)
                        || Lexicon.CANCEL.contains(x)) {
                    modal = true;
                    break;
                }
            }
            for (int t = v.a; t < v.b && !modal; t++) {
                if (!isExerciseNoun(v, t) || !("between".equals(tk.norm(t + 1)) || "involving".equals(tk.norm(t + 1)))) {
                    continue;
                }
                int cs = Clauses.clauseStart(v, t);
                int ce = Clauses.clauseEnd(v, t);
                DateMention dm = CandidateFields.pickDate(v, t, cs, ce);
                if (dm == null || dm.value() == null || dm.future() || dm.tokStart() < t) {
                    continue;
                }
                List<Actor> parts = new ArrayList<>();
                for (Act ac : v.acts) {
                    if (ac.s() > t + 1 && ac.s() < dm.tokStart() && !ac.ref()) {
                        ActorLists.addUnique(parts, ac.actor());
                    }
                }
                if (ActorLists.distinctKeys(parts) < 2) {
                    continue;
                }
                Candidate c = new Candidate(Candidate.EXERCISE, v.sentence, v.index);
                for (Actor a : parts) {
                    c.addActor(a);
                }
                c.date = dm.value();
                NameMention nm = nearestName(v, t, cs, ce);
                c.name = nm == null ? null : nm.name();
                c.confidence = CandidateFields.confidence(0.6, false, true, false, Clauses.hedged(v));
                out.add(c);
                break;
            }
        }
        // "Russian-Armenian drills", "the India-US exercise": a compound of actors right before the exercise word
        for (int t = v.a; t < v.b; t++) {
            if (!isExerciseNoun(v, t)) {
                continue;
            }
            int p = t - 1;
            while (p >= v.a && (Lexicon.EXERCISE_MODIFIERS.contains(tk.norm(p)) && !"exercise".equals(tk.norm(p)))) {
                p--;
            }
            // p must be the end of an actor compound
            List<Act> compound = new ArrayList<>();
            int q = p;
            while (q >= v.a) {
                Act ac = actEndingAt(v, q + 1);
                if (ac == null) {
                    break;
                }
                compound.add(0, ac);
                q = ac.s() - 1;
                if (q >= v.a && "-".equals(tk.norm(q)) && !tk.spaceBefore(q)) {
                    q--;
                } else {
                    break;
                }
            }
            if (compound.size() < 2) {
                continue;
            }
            int cs = Clauses.clauseStart(v, t);
            int ce = Clauses.clauseEnd(v, t);
            if (Clauses.blocked(v, compound.get(0).s(), cs) || Clauses.cancelled(v, cs, ce)) {
                continue;
            }
            Candidate c = new Candidate(Candidate.EXERCISE, v.sentence, v.index);
            for (Act ac : compound) {
                c.addActor(ac.actor());
            }
            if (ActorLists.distinctKeys(c.actors) < 2) {
                continue;
            }
            NameMention nm = nearestName(v, t, cs, ce);
            if (nm != null) {
                c.name = nm.name();
            }
            DateMention dm = CandidateFields.pickDate(v, t, cs, ce);
            if (dm != null && dm.future()) {
                continue;
            }
            c.date = nm != null && nm.year() > 0 ? String.valueOf(nm.year()) : dm == null ? null : dm.value();
            c.confidence = CandidateFields.confidence(0.62, false, c.date != null, false, Clauses.hedged(v));
            out.add(c);
        }
    }

    private static List<Act> actsAsList(List<Actor> actors) {
        List<Act> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(new Act(0, 0, a, false, false));
        }
        return out;
    }

    private static int skipModifiers(SentenceView v, int i) {
        int k = i;
        while (k < v.b && Lexicon.EXERCISE_MODIFIERS.contains(v.tk.norm(k)) && !Lexicon.EXERCISE_NOUNS.contains(v.tk.norm(k))) {
            k++;
        }
        return k;
    }

    private static boolean negatedAround(SentenceView v, int ex, int cs) {
        // "no joint exercises", "prevents joint military exercises"
        for (int i = Math.max(cs, ex - 4); i < ex; i++) {
            String w = v.tk.norm(i);
            if ("no".equals(w) || "prevents".equals(w) || "prevented".equals(w) || "without".equals(w)
                    || "blocks".equals(w) || "ban".equals(w) || "halted".equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static Act actEndingAt(SentenceView v, int end) {
        for (Act ac : v.acts) {
            if (ac.e() == end && !ac.ref()) {
                return ac;
            }
        }
        return null;
    }

    private static NameMention nearestName(SentenceView v, int t, int cs, int ce) {
        NameMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (NameMention n : v.names) {
            boolean in = n.tokStart() >= cs && n.tokEnd() <= ce;
            int d = Math.abs(n.tokStart() - t) + (in ? 0 : 25);
            if (d < bestD) {
                best = n;
                bestD = d;
            }
        }
        return best;
    }

    private void buildExercise(SentenceView v, int t, int ex, int cs, int ce, List<Actor> fill, List<Candidate> out) {
        Tokens tk = v.tk;
        List<Act> acts = Clauses.actsIn(v, cs, ce);
        Role[] roles = Roles.of(v, acts, true);
        List<Actor> parts = new ArrayList<>();
        List<Act> weak = new ArrayList<>();
        for (int k = 0; k < acts.size(); k++) {
            if (roles[k] == Role.PARTY) {
                ActorLists.addUnique(parts, acts.get(k).actor());
            } else if (roles[k] == Role.WEAK) {
                weak.add(acts.get(k));
            }
        }
        if (ActorLists.distinctKeys(parts) < 2) {
            Act ante = Clauses.antecedent(v, cs);
            if (ante != null) {
                ActorLists.addUnique(parts, ante.actor());
            }
        }
        if (ActorLists.distinctKeys(parts) < 2 && Clauses.nounSearchStart(v, cs) < cs) {
            // "The exercise, which involved Indian and French warships, concluded ..."
            for (Act ac : v.acts) {
                if (ac.s() >= Clauses.nounSearchStart(v, cs) && ac.e() <= cs && !ac.ref()) {
                    ActorLists.addUnique(parts, ac.actor());
                }
            }
        }
        int wanted = 2;
        boolean joint = false;
        for (int i = cs; i < ce; i++) {
            String w = tk.norm(i);
            if ("trilateral".equals(w) || ("tri".equals(w) && "lateral".equals(tk.norm(i + 2)))) {
                wanted = 3;
                joint = true;
            }
            if (JOINT_WORDS.contains(w)) {
                joint = true;
            }
        }
        String location = null;
        for (Act wk : weak) {
            if (wk.place()) {
                location = tk.cleanSpan(wk.s(), wk.e());
                if (location.toLowerCase(Locale.ROOT).startsWith("the ")) {
                    location = location.substring(4);
                }
            }
        }
        if (ActorLists.distinctKeys(parts) < wanted && joint) {
            for (Act wk : weak) {
                ActorLists.addUnique(parts, wk.actor());
            }
        }
        boolean fromContext = false;
        if (ActorLists.distinctKeys(parts) < wanted && fill != null) {
            for (Actor f : fill) {
                ActorLists.addUnique(parts, f);
            }
            fromContext = true;
        }
        if (states.statesIn(actsAsList(parts), 0).size() >= 2) {
            for (Act ac : acts) {
                if (ac.actor().iso3() == null && !Actor.STATE.equals(ac.actor().kind()) && isExerciseNoun(v, skipModifiers(v, ac.e()))) {
                    parts.removeIf(x -> x.key().equals(ac.key()));
                }
            }
        }
        NameMention nm = nearestName(v, ex, cs, ce);
        int n = ActorLists.distinctKeys(parts);
        if (n < 2 && !(n == 1 && nm != null)) {
            return;
        }
        Candidate c = new Candidate(Candidate.EXERCISE, v.sentence, v.index);
        for (Actor a : parts) {
            c.addActor(a);
        }
        c.name = nm == null ? null : nm.name();
        c.location = location;
        DateMention dm = CandidateFields.pickDate(v, t, cs, ce);
        if (dm != null && dm.future()) {
            return;
        }
        c.date = nm != null && nm.year() > 0 ? String.valueOf(nm.year()) : dm == null ? null : dm.value();
        c.confidence = CandidateFields.confidence(0.72, false, c.date != null, fromContext, Clauses.hedged(v));
        out.add(c);
    }
}
