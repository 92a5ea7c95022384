package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a trigger reports an exercise: the trigger words ("held", "took part", "began", "sent troops to", "the
 * drills saw", "flew together at", "Kenya and Uganda begin drills") with the exercise noun or name each governs (near
 * it, or before a parenthesis: "The X drills, held at Y in May, brought ..."), the clause they share (after a time
 * clause, a relative "which A, B and C held", a motion verb's purpose "sailed to X to join N"), and the traps that end
 * it ({@link ExerciseTraps}); the candidate itself comes from {@link ExerciseCandidates}.
 */
final class ExerciseTriggers {

    /** "The drills saw troops from X and Y", "the exercise involved X and Y": after the exercise noun. */
    private static final Set<String> DESCRIBING = Set.of("saw", "involved", "featured", "included", "brought",
            "gathered", "drew", "attracted");
    /** "The drills drew criticism from X": objects of "drew" that are reactions, not participants. */
    private static final Set<String> DREW_REACTION = Set.of("criticism", "condemnation", "protests", "protest", "fire",
            "attention", "ire", "rebuke", "rebukes", "warning", "warnings", "complaints", "scrutiny", "concern",
            "concerns", "praise", "anger", "objections", "a", "an", "sharp", "strong", "swift");
    /** News present: "X and Y begin joint drills", "X hosts French troops for drills". */
    private static final Set<String> PRESENT_EXERCISE_VERBS = Set.of("begin", "begins", "hold", "holds", "stage",
            "stages", "conduct", "conducts", "launch", "launches", "start", "starts", "conclude", "concludes", "wrap",
            "wraps", "kick", "kicks", "hosts", "hosting", "join", "joins", "participate", "participates", "end", "ends");
    /** "hold drills every year": with a present verb, a habit, not one exercise. */
    private static final Set<String> EXERCISE_HABIT = Set.of("every", "each", "annually", "often", "frequently",
            "periodically", "sometimes", "occasionally", "biennially");
    /** "sent troops to the X exercise": a participant sends forces to an exercise. */
    private static final Set<String> SENDING = Set.of("sent", "deployed", "dispatched");
    /** Past activities that happen inside an exercise: "flew together at the X exercise". */
    private static final Set<String> ACTIVITY_VERBS = Set.of("flew", "trained", "sailed", "rehearsed", "practised",
            "practiced", "fired", "manoeuvred", "maneuvered", "operated", "fought", "parachuted", "landed");
    /** "X 2025 closed on Thursday", "closed with a live-fire serial": words after "closed" ending an exercise. */
    private static final Set<String> AFTER_CLOSED = Set.of("on", "with", "in", "at", "after", "today", "yesterday",
            "this", "last", ",", ".", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Verbs that say an exercise began or ended; the exercise noun may stand before or after them. */
    private static final Set<String> START_END_VERBS = Set.of("closed", "concluded", "began", "begun", "started", "ended",
            "opened", "culminated", "kicked", "commenced", "wrapped");
    /** Every word an exercise trigger can start with: the words that are not among these are skipped at once. */
    private static final Set<String> EXERCISE_FIRST_WORDS = Lexicon.union(Lexicon.EXERCISE_VERBS, ACTIVITY_VERBS,
            DESCRIBING, PRESENT_EXERCISE_VERBS, SENDING,
            Set.of("took", "taking", "take", "under", "underway", "ongoing", "part", "closed", "went"));
    /** Past motion verbs that with "to take part in" report a part taken ("sailed into X to take part in N"). */
    private static final Set<String> PAST_MOTION = Set.of("sailed", "arrived", "flew", "travelled", "traveled",
            "docked", "berthed", "reached", "deployed", "landed", "entered", "steamed", "sent", "dispatched", "came",
            "went", "moved");

    private final ExerciseCandidates candidates;

    ExerciseTriggers(ExerciseCandidates candidates) {
        this.candidates = candidates;
    }

    /**
     * The exercise noun or name nearest the trigger at {@code t}, from {@code before} tokens before it to
     * {@code after} tokens after it within the clause [cs, ce); -1 when none.
     */
    private static int exerciseNear(SentenceView v, int t, int cs, int ce, int before, int after) {
        int best = -1;
        int bestD = Integer.MAX_VALUE;
        for (int i = Math.max(cs, t - before); i < Math.min(ce, t + after + 1); i++) {
            if (ExerciseNouns.isExerciseNoun(v, i) && Math.abs(i - t) < bestD) {
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
        if (best < 0 && after > 0) {
            best = hyphenatedPhraseNoun(v, t, ce);
        }
        return best;
    }

    /** Heads of a phrase that picks one instance of a series: "the third edition of", "the latest round of". */
    private static final Set<String> EDITION_NOUNS = Set.of("edition", "iteration", "round", "instalment",
            "installment", "version", "leg", "session", "cycle");
    /** Words before an edition noun: "the", "its", "twelfth", "12th", "latest", "annual". */
    private static final Set<String> EDITION_MODIFIERS = Set.of("the", "its", "their", "this", "year", "year's",
            "'s", "\u2019s", "latest", "new", "next", "annual", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "biennial", "inaugural", "maiden", "last",
            "most", "recent");

    /**
     * "began the third edition of their bilateral exercise", "held the 12th iteration of X": the number of words of
     * such a phrase right after the trigger at t (up to and with its "of"), which the exercise noun follows; 0 if none.
     */
    static int editionSpan(SentenceView v, int t) {
        Tokens tk = v.tk;
        for (int k = t + 1; k < Math.min(v.b - 1, t + 6); k++) {
            String w = tk.norm(k);
            if (EDITION_NOUNS.contains(w)) {
                return k > t + 1 && "of".equals(tk.norm(k + 1)) ? k + 1 - t : 0;
            }
            if (!EDITION_MODIFIERS.contains(w) && !ordinalSuffix(v, k) && !tk.isNumber(k)) {
                return 0;
            }
        }
        return 0;
    }

    /** "th" of "24th": the tokenizer splits an ordinal into its number and a suffix word without space. */
    static boolean ordinalSuffix(SentenceView v, int k) {
        String w = v.tk.norm(k);
        return ("st".equals(w) || "nd".equals(w) || "rd".equals(w) || "th".equals(w)) && v.tk.isNumber(k - 1)
                && !v.tk.spaceBefore(k);
    }

    private static final Set<String> PHRASE_GLUE = Set.of("a", "an", "the", "its", "their", "and", "-", "/");

    /**
     * "began a two-day search-and-rescue and anti-piracy exercise": the exercise noun heading the noun phrase right
     * after the trigger, however many hyphenated modifiers stand before it; -1 when the phrase has another head.
     */
    private static int hyphenatedPhraseNoun(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        for (int k = t + 1; k < Math.min(ce, t + 24); k++) {
            String w = tk.norm(k);
            if (ExerciseNouns.isExerciseNoun(v, k)) {
                return k;
            }
            boolean hyphened = "-".equals(tk.norm(k + 1)) && !tk.spaceBefore(k + 1)
                    || "-".equals(tk.norm(k - 1)) && !tk.spaceBefore(k);
            if (!(PHRASE_GLUE.contains(w) || hyphened && tk.isWord(k) || tk.isNumber(k)
                    || Lexicon.EXERCISE_MODIFIERS.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Adds to {@code out} the exercises that a trigger of sentence {@code v} reports, one per clause, unless its
     * clause is blocked or a trap ({@link ExerciseTraps}); {@code fill} (or null) gives participants from a caption.
     * True when some trigger found its exercise (a clause was read), whether or not it gave a candidate.
     */
    boolean fromTriggers(SentenceView v, List<Actor> fill, List<Candidate> out) {
        Tokens tk = v.tk;
        Set<Integer> usedClauses = new HashSet<>();
        for (int t = v.a; t < v.b; t++) {
            String w = tk.norm(t);
            if (!EXERCISE_FIRST_WORDS.contains(w)) {
                continue;
            }
            String nx = tk.norm(t + 1);
            int cs = relativeListStart(v, afterTimeClause(v, Clauses.clauseStart(v, t), t));
            int ce = Clauses.clauseEnd(v, t);
            int ex = -1;
            boolean trig = false;
            if (("took".equals(w) || "taking".equals(w) || "take".equals(w)) && ("place".equals(nx) || "part".equals(nx))) {
                ex = "part".equals(nx) ? exerciseNear(v, t, cs, ce, 0, 12) : exerciseNear(v, t, cs, ce, 9, 2);
                if (ex < 0 && "place".equals(nx)) {
                    ex = exerciseBeforeParenthesis(v, t, cs); // "The drill 'X', involving A and B, took place"
                }
                trig = ex >= 0 && (!"take".equals(w) || pastPurpose(v, t, cs) >= 0);
            } else if ("went".equals(w) && "ahead".equals(nx)) {
                // "X 2022, the exercise run with A and B, went ahead in June": the exercise as subject took place
                ex = exerciseNear(v, t, cs, ce, 9, 0);
                if (ex < 0) {
                    ex = exerciseBeforeParenthesis(v, t, v.a);
                }
                trig = ex >= 0;
            } else if ("part".equals(w)) {
                // "marines stormed a beach near X as part of the Y exercise": an act done within the exercise
                if (!"as".equals(tk.norm(t - 1)) || !"of".equals(nx)) {
                    continue;
                }
                ex = exerciseNear(v, t, cs, ce, 0, 8);
                trig = ex > t;
                for (int i = cs; i < t && trig; i++) {
                    String x = tk.norm(i);
                    if (Lexicon.MODAL.contains(x) && !("may".equals(x) && tk.capitalised(i)) || Lexicon.INTENT.contains(x)
                            || Lexicon.NEGATION.contains(x)) {
                        trig = false; // "will storm a beach as part of", "plan to train as part of"
                    }
                }
            } else if (("under".equals(w) && "way".equals(nx)) || "underway".equals(w) || "ongoing".equals(w)) {
                ex = exerciseNear(v, t, cs, ce, 8, 3);
                if (ex < 0) {
                    // "X 23, the largest Swedish exercise in 25 years, got under way": the subject before an apposition
                    ex = exerciseBeforeParenthesis(v, t, v.a);
                }
                trig = ex >= 0;
            } else if (DESCRIBING.contains(w)) {
                if (("drew".equals(w) || "attracted".equals(w)) && DREW_REACTION.contains(nx)) {
                    continue;
                }
                // "The drills saw troops from X and Y", "the exercise involved X and Y"
                ex = exerciseNear(v, t, cs, ce, 4, 0);
                if (ex < 0 && Clauses.nounSearchStart(v, cs) < cs) {
                    // "X 2023, which ran at Y in July, brought together troops from A and B"
                    ex = exerciseNear(v, t, Clauses.nounSearchStart(v, cs), cs, 24, 0);
                } else if (ex < 0 && ",".equals(tk.norm(t - 1))) {
                    // "The X drills, held at Y in May, brought together ...": the participants follow the verb
                    ex = exerciseBeforeParenthesis(v, t, cs);
                    if (ex >= 0) {
                        cs = t;
                    }
                }
                trig = ex >= 0 && ex < t;
            } else if (PRESENT_EXERCISE_VERBS.contains(w)) {
                // news present: "Kenya and Uganda begin joint drills", "India hosts French troops for drills"
                ex = exerciseNear(v, t, cs, ce, 6, 8 + editionSpan(v, t));
                if (ex < 0 && ("join".equals(w) || "joins".equals(w))) {
                    // "A, B and C navies join US Naval Forces Central Command for a five-day exercise": the purpose
                    for (int i = t + 1; i < Math.min(ce, t + 9) && ex < 0; i++) {
                        if ("for".equals(tk.norm(i))) {
                            ex = exerciseNear(v, i, i, ce, 0, 6);
                        }
                    }
                }
                trig = ex >= 0 && (!"to".equals(tk.norm(t - 1)) || pastPurpose(v, t, cs) >= 0);
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
                        if ("during".equals(x) || ("at".equals(x) || "in".equals(x)) && ("the".equals(tk.norm(i + 1))
                                || !"part".equals(tk.norm(i - 1)) && (nameAt(v, i + 1)
                                || "\"".equals(tk.norm(i + 1)) && nameAt(v, i + 2)))) {
                            trig = true;
                            break;
                        }
                    }
                }
                if (!trig && Lexicon.EXERCISE_VERBS.contains(w)) {
                    ex = exerciseNear(v, t, cs, ce, 7, 9);
                    trig = ex >= 0;
                }
            } else if (Lexicon.EXERCISE_VERBS.contains(w) || "closed".equals(w)) {
                if ("participating".equals(w) && !"in".equals(nx)) {
                    continue;
                }
                if ("closed".equals(w) && (passive(v, t) || !AFTER_CLOSED.contains(nx))) {
                    continue; // "closed its airspace for the drills", "the area was closed": no end of an exercise
                }
                if (("participated".equals(w) || "participating".equals(w) || "joined".equals(w))) {
                    ex = exerciseNear(v, t, cs, ce, 0, 24);
                } else if (START_END_VERBS.contains(w)) {
                    ex = exerciseNear(v, t, cs, ce, 8, 6 + editionSpan(v, t));
                } else {
                    ex = exerciseNear(v, t, cs, ce, 7, 9 + editionSpan(v, t));
                }
                if (ex < 0 && Clauses.nounSearchStart(v, cs) < cs) {
                    ex = exerciseNear(v, t, Clauses.nounSearchStart(v, cs), ce, 20, 0);
                }
                if (ex < 0 && passive(v, t)) {
                    // "The joint exercise of the armed forces of A and B was held ...": the subject's head noun
                    int head = cs; // the clause start, or the comma after an opening "According to X,"
                    for (int i = cs; i < t && ex < 0; i++) {
                        if (",".equals(tk.norm(i))) {
                            head = i + 1;
                        } else if (i < head + 5 && ExerciseNouns.isExerciseNoun(v, i)) {
                            ex = i;
                        }
                    }
                }
                if (ex < 0 && passive(v, t)) {
                    // "The exercise 'X', involving A, B and C, was conducted ...": the subject before a parenthesis
                    ex = exerciseBeforeParenthesis(v, t, cs);
                }
                if (ex < 0 && START_END_VERBS.contains(w) && !passive(v, t)) {
                    // "X 22, the largest Norwegian exercise in decades, began on Monday": the subject before an apposition
                    ex = exerciseBeforeParenthesis(v, t, v.a);
                }
                trig = ex >= 0;
            }
            if (!trig || usedClauses.contains(cs)) {
                continue;
            }
            usedClauses.add(cs);
            int motion = pastPurpose(v, t, cs);
            int at = motion >= 0 ? motion : t; // "sailed to X to join N": the motion verb carries tense and mood
            if (Clauses.blocked(v, at, cs) || (ex < at && Clauses.blocked(v, at, Math.max(cs, ex)))) {
                continue;
            }
            if (ExerciseTraps.negatedAround(v, ex, cs) || ExerciseTraps.meetingBetween(v, t, ex)
                    || ExerciseTraps.reactionBefore(v, t, ex) || ExerciseTraps.civilDrill(v, cs, t, ce)
                    || ExerciseTraps.denied(v, t) || ExerciseTraps.unrealised(v, cs, ce)
                    || ExerciseTraps.genericExercises(v, ex) || ExerciseTraps.seriesFirstEdition(v, t)
                    || ExerciseTraps.cancelledAfterParenthesis(v, ex, t) || ExerciseTraps.excludedAfterRelative(v, t)) {
                continue;
            }
            candidates.buildExercise(v, t, ex, Math.max(cs, relativeSubjectStart(v, ex, t)), ce, motion, fill, out);
        }
        return !usedClauses.isEmpty();
    }

    /**
     * "The frigate sailed into Karachi in February to take part in N", "two corvettes sailed to Darwin to join N": a
     * past motion verb whose purpose is the exercise reports a part taken (unlike "is to take part"); the index of
     * the motion verb when the trigger at t follows "to" in such a clause, else -1.
     */
    private static int pastPurpose(SentenceView v, int t, int cs) {
        Tokens tk = v.tk;
        if (!"to".equals(tk.norm(t - 1))) {
            return -1;
        }
        for (int m = t - 2; m >= Math.max(cs, t - 14); m--) {
            String w = tk.norm(m);
            if (PAST_MOTION.contains(w)) {
                return m;
            }
            if (",".equals(w) || ";".equals(w) || Lexicon.MODAL.contains(w) && !"to".equals(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "..., which Russia, Belarus and Kazakhstan held": a clause that starts inside a list of actors after "which" or
     * "that" starts at the first actor of that list.
     */
    private static int relativeListStart(SentenceView v, int cs) {
        int s = cs;
        for (int n = 0; n < 8 && s - 1 > v.a && ",".equals(v.tk.norm(s - 1)); n++) {
            Act prev = null;
            for (Act ac : v.acts) {
                if (ac.e() == s - 1) {
                    prev = ac;
                }
            }
            if (prev == null) {
                return cs;
            }
            s = prev.s();
            if ("the".equals(v.tk.norm(s - 1))) {
                s--;
            }
            String w = v.tk.norm(s - 1);
            if ("which".equals(w) || "that".equals(w) || "whom".equals(w)) {
                return s;
            }
        }
        return cs;
    }

    /**
     * "The X drills, held at Y in May, brought ...", "the exercise 'X', involving A and B, was conducted ...": the
     * exercise noun or name that is the subject of the verb at t, before a comma-bounded parenthesis; -1 if none.
     */
    private static int exerciseBeforeParenthesis(SentenceView v, int t, int cs) {
        int comma = -1;
        for (int i = t - 1; i >= Math.max(cs, t - 4); i--) {
            if (",".equals(v.tk.norm(i))) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return -1;
        }
        // the opening comma of the parenthesis, then the exercise right before it
        for (int i = comma - 1; i >= Math.max(cs, comma - 14); i--) {
            if (!",".equals(v.tk.norm(i))) {
                continue;
            }
            int ex = exerciseNear(v, i, cs, i, 6, 0);
            if (ex >= 0) {
                return ex;
            }
            // "N 2022, the peacekeeping exercise run with A and B, went ahead": the apposition's head is the exercise
            if ("the".equals(v.tk.norm(i + 1)) && i > cs && (v.tk.capitalised(i - 1) || v.tk.isNumber(i - 1))) {
                for (int k = i + 2; k < Math.min(comma, i + 5); k++) {
                    if (ExerciseNouns.isExerciseNoun(v, k)) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /** True when an exercise name starts at token i ("flew together in "Eagles 2025"": the name, not a place). */
    private static boolean nameAt(SentenceView v, int i) {
        for (NameMention nm : v.names) {
            if (nm.tokStart() == i) {
                return true;
            }
        }
        return false;
    }

    /** "was conducted", "were held", "was successfully staged": the trigger at t is a passive verb. */
    private static boolean passive(SentenceView v, int t) {
        String p = v.tk.norm(t - 1);
        if ("was".equals(p) || "were".equals(p)) {
            return true;
        }
        String p2 = v.tk.norm(t - 2);
        return ("was".equals(p2) || "were".equals(p2)) && v.tk.isWord(t - 1) && v.tk.norm(t - 1).endsWith("ly");
    }

    /** Conjunctions that open a time or reason clause ("As the rebels took the capital, ..."). */
    private static final Set<String> TIME_CLAUSE_OPENERS = Set.of("as", "when", "while", "after", "before", "since",
            "once", "although", "though", "because");

    /**
     * "August 2021 — As X took Y, A and B held drills": a time clause after a dateline or dash is no part of the
     * clause of a trigger after its comma; the clause then starts after that comma.
     */
    private static int afterTimeClause(SentenceView v, int cs, int t) {
        if (cs <= v.a || !TIME_CLAUSE_OPENERS.contains(v.tk.norm(cs))) {
            return cs;
        }
        for (int i = cs + 1; i < t; i++) {
            if (",".equals(v.tk.norm(i))) {
                return i + 1;
            }
        }
        return cs;
    }

    /**
     * "Beijing condemned the naval drills that Japan and the Philippines held": when the trigger sits in a relative
     * clause on the exercise with a subject of its own, the clause of the exercise starts after "that"; else -1.
     */
    private static int relativeSubjectStart(SentenceView v, int ex, int t) {
        if (ex < 0 || ex >= t) {
            return -1;
        }
        for (int k = ex + 1; k < Math.min(t, ex + 3); k++) {
            String w = v.tk.norm(k);
            if ("that".equals(w) || "which".equals(w)) {
                for (Act ac : v.acts) {
                    if ((ac.s() == k + 1 || ac.s() == k + 2 && "the".equals(v.tk.norm(k + 1))) && ac.e() < t) {
                        return k + 1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }
}
