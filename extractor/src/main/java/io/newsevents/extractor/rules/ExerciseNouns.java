package io.newsevents.extractor.rules;

import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.text.Tokens;

import java.util.Set;

/**
 * Which tokens name a military exercise: the exercise nouns meant as one ("the Polish-led exercise", "live-fire
 * drills", "manoeuvres" in a military sentence), not a fire drill, "drill sergeants", a war game's "game" alone or
 * "exercise its right". Stateless: every method is static.
 */
final class ExerciseNouns {

    /** "exercise its right", "exercise control": objects that make "exercise" a verb, not a drill. */
    private static final Set<String> OBJECTS_OF_EXERCISE_AS_VERB = Set.of("its", "their", "his", "her", "control",
            "influence", "sovereignty", "restraint", "caution", "power", "rights", "right", "jurisdiction", "leverage",
            "authority", "pressure", "veto");
    /** "the exercise held", "the exercise began": a verb after "exercise" that makes it a military exercise. */
    private static final Set<String> VERBS_AFTER_EXERCISE_NOUN = Set.of("held", "conducted", "staged", "took", "began",
            "concluded", "ended", "involved", "featured");
    /** Words that make a sentence military, so that "manoeuvres" or "the exercise" are drills. */
    static final Set<String> MILITARY_WORDS = Set.of("military", "troops", "forces", "army", "navy", "naval",
            "defence", "defense", "drills", "soldiers", "warships", "jets", "militaries", "armed", "air");
    /**
     * Nouns for a force: one in the clause makes a drill of police or firefighters military; "its soldiers" names
     * their owner ({@link ExerciseParticipants}).
     */
    static final Set<String> FORCE_NOUNS = Set.of("soldiers", "troops", "sailors", "marines", "servicemen",
            "airmen", "forces", "units", "warships", "ships", "jets", "pilots", "paratroopers", "commandos");

    /** Words after "drill" that make it a parade team or a tool, not an exercise. */
    private static final Set<String> NOT_DRILL_AFTER = Set.of("team", "teams", "sergeant", "sergeants", "instructor",
            "instructors", "squad", "squads", "bit", "bits", "rig", "rigs", "ship", "ships", "hall", "press");

    private ExerciseNouns() {
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
                && !("fire".equals(p) && "-".equals(tk.norm(i - 2)) && "live".equals(tk.norm(i - 3)))
                && !anExerciseOfForces(v, i)) {
            return false; // a fire drill, not a "live-fire drill"
        }
        if ("drill".equals(w) || "drills".equals(w)) {
            return !NOT_DRILL_AFTER.contains(n); // "the Army drill team", "drill sergeants"
        }
        if (w.startsWith("man")) {
            return militaryContext(v);
        }
        // exercise(s)
        if (OBJECTS_OF_EXERCISE_AS_VERB.contains(n)) {
            return false;
        }
        if (("passing".equals(p) || "passage".equals(p)) && (w.equals("exercise") || w.equals("exercises"))) {
            return true; // "a passing exercise (PASSEX)": the naval term for a brief exercise of two ships met at sea
        }
        for (int k = Math.max(v.a + 1, i - 5); k < i; k++) {
            if ("led".equals(tk.norm(k)) && "-".equals(tk.norm(k - 1)) && !tk.spaceBefore(k)) {
                return true; // "the Polish-led exercise", "the French-led Polaris exercise"
            }
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
        // "a search-and-rescue and anti-piracy exercise": a hyphenated modifier right before, in a military sentence
        boolean hyphenModifier = i - 2 >= v.a && tk.isWord(i - 1) && "-".equals(tk.norm(i - 2)) && !tk.spaceBefore(i - 1);
        return ("the".equals(p) || "this".equals(p) || "these".equals(p) || "an".equals(p) || "a".equals(p)
                || hyphenModifier) && militaryContext(v) || anExerciseOfForces(v, i);
    }

    /**
     * "Polish and Czech troops began an exercise near X", "... troops began a two-week winter exercise": an exercise
     * (not "an exercise in futility", "an exercise of power") after an article, in a sentence whose forces act.
     */
    private static boolean anExerciseOfForces(SentenceView v, int i) {
        Tokens tk = v.tk;
        String n = tk.norm(i + 1);
        if (!"exercise".equals(tk.norm(i)) || "in".equals(n) || "of".equals(n) || "that".equals(n)
                || "for".equals(n)) {
            return false;
        }
        int art = i - 1; // "an exercise", "a two-week winter exercise": plain lower-case modifiers after the article
        while (art > v.a && art >= i - 5 && !"a".equals(tk.norm(art)) && !"an".equals(tk.norm(art))
                && (tk.isWord(art) && !tk.capitalised(art) || "-".equals(tk.norm(art)))) {
            art--;
        }
        if (!"a".equals(tk.norm(art)) && !"an".equals(tk.norm(art))) {
            return false;
        }
        for (int k = v.a; k < art; k++) {
            if (FORCE_NOUNS.contains(tk.norm(k))) {
                return true;
            }
        }
        return false;
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
}
