package io.newsevents.extractor.rules;

import java.util.Set;

/**
 * What makes a trigger near an exercise report none: a negation before the exercise ("no joint exercises", "prevents
 * joint military exercises"), a meeting held instead ("held talks on joint exercises"), a reaction to the exercise
 * ("in protest at the drills"), a civilian drill ("police and firefighters staged a drill") and a denial ("denied
 * reports that X and Y had held drills"). Stateless: every method is static.
 */
final class ExerciseTraps {

    /** Nouns that a holding verb may take instead of the exercise ("held talks on joint exercises"). */
    private static final Set<String> MEETING_NOUNS = Set.of("talks", "meeting", "meetings", "consultations",
            "discussions", "summit", "conference", "negotiations", "call", "dialogue", "briefing", "seminar",
            "symposium", "workshop");
    /** "in protest at the drills", "in response to the exercise": a reaction to an exercise, not a part in it. */
    private static final Set<String> REACTION_NOUNS = Set.of("protest", "response", "retaliation", "reaction",
            "answer", "anger", "opposition", "condemnation");
    /** Subjects of a civilian drill ("Police and firefighters staged a counter-terrorism drill"). */
    private static final Set<String> CIVIL_SUBJECTS = Set.of("police", "policemen", "firefighters", "paramedics",
            "students", "schoolchildren", "pupils", "residents", "civilians", "hospitals", "rescuers", "volunteers",
            "schools", "cities", "citizens", "passengers", "staff", "employees");
    /** "denied reports that X and Y had held drills": what the denial is about did not happen as far as we know. */
    private static final Set<String> DENIAL = Set.of("denied", "denies", "deny", "dismissed", "dismisses", "rejected",
            "rejects", "refuted", "refutes");
    private static final Set<String> DENIED_THINGS = Set.of("reports", "report", "claims", "claim", "allegations",
            "rumours", "rumors", "suggestions", "that");

    private ExerciseTraps() {
    }

    /** "held talks in Riyadh on expanding joint exercises": the holding verb takes a meeting, not the exercise. */
    static boolean meetingBetween(SentenceView v, int t, int ex) {
        for (int i = t + 1; i < ex; i++) {
            if (MEETING_NOUNS.contains(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** "fired two missiles in protest at the drills": the exercise is what the trigger's subject reacts to. */
    static boolean reactionBefore(SentenceView v, int t, int ex) {
        for (int i = Math.max(t + 1, ex - 5); i < ex; i++) {
            if (REACTION_NOUNS.contains(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Police and firefighters staged a counter-terrorism drill": civilians drill, no soldier in the clause. */
    static boolean civilDrill(SentenceView v, int cs, int t, int ce) {
        boolean civil = false;
        for (int i = cs; i < t; i++) {
            if (CIVIL_SUBJECTS.contains(v.tk.norm(i)) && !"military".equals(v.tk.norm(i - 1))) {
                civil = true;
            }
        }
        if (!civil) {
            return false;
        }
        for (int i = cs; i < ce; i++) {
            String w = v.tk.norm(i);
            if (ExerciseNouns.MILITARY_WORDS.contains(w) || ExerciseNouns.FORCE_NOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "The ministry denied reports that X and Y had held drills". */
    static boolean denied(SentenceView v, int t) {
        for (int i = v.a; i < t; i++) {
            if (DENIAL.contains(v.tk.norm(i))) {
                for (int k = i + 1; k < Math.min(t, i + 4); k++) {
                    if (DENIED_THINGS.contains(v.tk.norm(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean negatedAround(SentenceView v, int ex, int cs) {
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

    /** Words of an exercise that did not happen: "does not appear to have taken place", "never materialised". */
    private static final Set<String> REALISED = Set.of("taken", "take", "took", "held", "happened", "happen",
            "occurred", "occur", "materialised", "materialized", "materialise", "materialize", "staged", "conducted",
            "place");

    /** "An X-Y exercise announced for 2020 does not appear to have taken place": a negated realisation in [cs, ce). */
    static boolean unrealised(SentenceView v, int cs, int ce) {
        for (int i = cs; i < ce; i++) {
            String w = v.tk.norm(i);
            if ("not".equals(w) || "n't".equals(w) || "never".equals(w)) {
                for (int k = i + 1; k < Math.min(ce, i + 6) && !",".equals(v.tk.norm(k)); k++) {
                    if (REALISED.contains(v.tk.norm(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Comparatives and quantifiers before a bare plural exercise noun: "joined larger drills led by others". */
    private static final Set<String> GENERIC_BEFORE = Set.of("larger", "bigger", "other", "wider", "broader",
            "various", "numerous", "smaller");

    /**
     * "the three navies have instead joined larger drills led by others": a bare plural exercise noun after a
     * comparative or quantifier names no one exercise; with no exercise name in the sentence, nothing was reported.
     */
    static boolean genericExercises(SentenceView v, int ex) {
        if (!v.names.isEmpty() || !v.tk.norm(ex).endsWith("s")) {
            return false;
        }
        int p = ex - 1;
        while (p > v.a && Lexicon.EXERCISE_MODIFIERS.contains(v.tk.norm(p)) && !GENERIC_BEFORE.contains(v.tk.norm(p))) {
            p--;
        }
        if ("of".equals(v.tk.norm(p)) && ("dozens".equals(v.tk.norm(p - 1)) || "scores".equals(v.tk.norm(p - 1)))) {
            return true; // "held dozens of joint drills": many exercises, no one of them
        }
        if (COUNTS.contains(v.tk.norm(p)) && !"the".equals(v.tk.norm(p - 1)) && !"their".equals(v.tk.norm(p - 1))
                && !instanceAfter(v, ex)) {
            return true; // "held more than a dozen joint drills this year", "staged several exercises"
        }
        return GENERIC_BEFORE.contains(v.tk.norm(p)) && !"the".equals(v.tk.norm(p - 1))
                && !"these".equals(v.tk.norm(p - 1)) && !"those".equals(v.tk.norm(p - 1));
    }

    /** "several joint exercises this year, including live-fire drills in Kars in February": one of them told. */
    private static boolean instanceAfter(SentenceView v, int ex) {
        for (int i = ex + 1; i < v.b; i++) {
            String w = v.tk.norm(i);
            if ("including".equals(w) || "among".equals(w) && "them".equals(v.tk.norm(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Counts of several exercises before a bare plural exercise noun. */
    private static final Set<String> COUNTS = Set.of("dozen", "several", "many", "multiple", "countless", "dozens");

    /**
     * "Medusa, an exercise first held in 2015 that has since grown to include X": the trigger dates the first
     * edition of a series the sentence describes, no one exercise with these participants.
     */
    static boolean seriesFirstEdition(SentenceView v, int t) {
        if (!"first".equals(v.tk.norm(t - 1))) {
            return false;
        }
        for (int i = t + 1; i < v.b; i++) {
            if ("since".equals(v.tk.norm(i)) && !v.tk.isNumber(i + 1)) {
                return true;
            }
        }
        return false;
    }


    /** "is due to", "are set to", "is expected to": words after a copula that put the verb after them ahead. */
    private static final Set<String> AHEAD_WORDS = Set.of("due", "set", "expected", "scheduled", "slated", "poised",
            "planned", "going", "to", "about");

    /**
     * "N, the sixth A-B army exercise, is due to open at X on 16 April", "the A-B drills will begin next week": the
     * verb that follows the exercise noun at ex (past an apposition's closing comma) lies ahead; the exercise
     * has not been held.
     */
    static boolean aheadAfter(SentenceView v, int ex) {
        for (int i = ex + 1; i < Math.min(v.b, ex + 10); i++) {
            String w = v.tk.norm(i);
            if (";".equals(w) || ".".equals(w) || "(".equals(w) || ("and".equals(w) || "but".equals(w)
                    || "while".equals(w) || "which".equals(w) || "that".equals(w)) && ",".equals(v.tk.norm(i - 1))) {
                return false;
            }
            if ("will".equals(w) || "'ll".equals(w)) {
                return true;
            }
            if (("is".equals(w) || "are".equals(w)) && AHEAD_WORDS.contains(v.tk.norm(i + 1))
                    && ("to".equals(v.tk.norm(i + 1)) || "to".equals(v.tk.norm(i + 2)))) {
                return true;
            }
        }
        return false;
    }
    /**
     * "Exercise X with A, usually held in May, has been postponed", "The drills, staged every year since 2016, were
     * cancelled": a participle trigger at t inside commas after its noun describes the series; the main predicate
     * after the closing comma calls this edition off, so no exercise was held.
     */
    static boolean cancelledAfterParenthesis(SentenceView v, int ex, int t) {
        int open = -1;
        for (int i = t - 1; i > Math.max(v.a, t - 5) && i > ex; i--) {
            if (",".equals(v.tk.norm(i))) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int i = t + 1; i < Math.min(v.b, t + 12); i++) {
            String w = v.tk.norm(i);
            if (",".equals(w)) {
                close = i;
                break;
            }
            if (".".equals(w) || ";".equals(w)) {
                return false;
            }
        }
        if (close < 0) {
            return false;
        }
        for (int i = close + 1; i < Math.min(v.b, close + 5); i++) {
            String w = v.tk.norm(i);
            if (",".equals(w) || ".".equals(w)) {
                return false;
            }
            if (Lexicon.CANCEL.contains(w) || "called".equals(w) && "off".equals(v.tk.norm(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that shut a state out of a series: "was disinvited", "has been excluded". */
    private static final Set<String> EXCLUDED = Set.of("disinvited", "uninvited", "excluded", "barred", "expelled",
            "banned", "suspended", "dropped", "removed", "kicked");

    /**
     * "China, which took part in X in 2014 and 2016, was disinvited in 2018": a participation in a relative clause
     * on its subject, whose main predicate after the closing comma shuts the participant out; background to the
     * exclusion, not the report of an exercise.
     */
    static boolean excludedAfterRelative(SentenceView v, int t) {
        int open = -1;
        for (int i = t - 1; i >= Math.max(v.a + 1, t - 3); i--) {
            if (("which".equals(v.tk.norm(i)) || "who".equals(v.tk.norm(i))) && ",".equals(v.tk.norm(i - 1))) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = t + 1; i < Math.min(v.b - 1, t + 16); i++) {
            String w = v.tk.norm(i);
            if (".".equals(w) || ";".equals(w)) {
                return false;
            }
            if (",".equals(w)) {
                for (int k = i + 1; k < Math.min(v.b, i + 4); k++) {
                    if (EXCLUDED.contains(v.tk.norm(k))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
