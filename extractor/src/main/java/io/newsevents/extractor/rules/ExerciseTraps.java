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
}
