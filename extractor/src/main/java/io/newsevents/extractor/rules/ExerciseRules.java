package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises (ExerciseHeld) in a sentence of prose: a trigger ("held", "took part", "began", "sent troops to", "the
 * drills saw") near an exercise noun or name, with the participants its clause names; also "the drills between X and
 * Y in May 2019" and compounds such as "Russian-Armenian drills". This class reads a sentence through them, and adds
 * to an exercise the participants that the sentences or list lines after it name; {@link ExerciseTriggers} decides
 * whether a trigger reports an exercise, {@link ExerciseNouns} which words name one, {@link ExerciseTraps} what makes
 * a trigger report none (a meeting, a reaction, a civilian drill, a denial), {@link ExerciseCandidates} builds the
 * candidate; {@link ExerciseParticipants} decides who took part, {@link ExerciseDates} its date and name.
 */
final class ExerciseRules {

    private final ExerciseParticipants participants;
    private final ExerciseTriggers triggers;

    ExerciseRules(States states) {
        this.participants = new ExerciseParticipants(states);
        this.triggers = new ExerciseTriggers(new ExerciseCandidates(participants));
    }

    /**
     * Adds the exercises of one sentence to {@code out}; {@code fill} (or null) gives participants from a caption;
     * {@code views} are the sentences read so far (this one last).
     */
    void find(SentenceView v, List<Actor> fill, List<Candidate> out, List<SentenceView> views) {
        if (linkLine(v, views) || citation(v)) {
            return;
        }
        int before = out.size();
        findInSentence(v, fill, out);
        if (out.size() == before && fill == null) {
            List<Actor> series = seriesParticipants(v, views, out);
            if (series != null) {
                findInSentence(v, series, out);
            }
        }
        if (out.size() > before && fill == null) {
            takeUp(v, out, before);
        }
        if (out.size() > before && fill == null) {
            afterSemicolon(v, out, before);
        }
        if (out.size() == before && fill == null) {
            previousEdition(v, out);
        }
        if (out.size() == before && v.names.isEmpty() && !v.acts.isEmpty() && !joinFollowing(v, out, views)) {
            ExerciseParticipants.joinPrevious(v, out);
        }
    }

    /**
     * "[2] "A joins X for first time", trade press, 2018.": an entry of a list of sources, a quoted headline of
     * another text after a bracketed number, not a report of this one.
     */
    static boolean citation(SentenceView v) {
        Tokens tk = v.tk;
        return v.b - v.a > 4 && "[".equals(tk.norm(v.a)) && tk.isNumber(v.a + 1) && "]".equals(tk.norm(v.a + 2))
                && "\"".equals(tk.norm(v.a + 3));
    }

    /** A line too short to be read as prose ("• Singapore"): it can only be an item of a list of participants. */
    void listLine(SentenceView v, List<Candidate> out, List<SentenceView> views) {
        if (linkLine(v, views)) {
            return;
        }
        if (v.names.isEmpty() && !v.acts.isEmpty()) {
            joinFollowing(v, out, views);
        }
    }

    /**
     * A multinational exercise's participants are often listed after the sentence that reports it: "X concluded on
     * Friday. Participating nations were A, B and C.", "... took part in X. Personnel from A and B embarked ...",
     * "The following countries sent forces:" with one line per state, "It brought together 17 nations: A, B, ...".
     * A sentence (or list line) within {@link #FOLLOW_WINDOW} prose sentences after an exercise, with no other
     * exercise or heading between, that says who took part (see {@link ExerciseParticipants#listedParticipants})
     * adds the states it names to that exercise; when the exercise's own sentence named too few participants to
     * make an event, the exercise is read again with them. True when it added participants.
     */
    private boolean joinFollowing(SentenceView v, List<Candidate> out, List<SentenceView> views) {
        if (views == null || v.index >= views.size() || views.get(v.index) != v) {
            return false;
        }
        boolean item = listItem(v, views);
        int from = v.index - 1;
        if (item) {
            while (from >= 0 && listItem(views.get(from), views)) {
                from--;
            }
            if (from < 0) {
                return false;
            }
        }
        int anchor = anchorBefore(from, views, out);
        if (anchor < 0) {
            return false;
        }
        Candidate c = null;
        for (Candidate x : out) {
            if (Candidate.EXERCISE.equals(x.type) && x.sentenceIndex == anchor) {
                c = x;
            }
        }
        SentenceView av = views.get(anchor);
        int year = c != null && c.date != null ? io.newsevents.extractor.dates.DateParser.yearOf(c.date) : 0;
        if (year <= 0) {
            for (NameMention nm : av.names) {
                year = nm.year() > 0 ? nm.year() : year;
            }
        }
        List<Actor> listed = new ArrayList<>();
        if (item) {
            ExerciseParticipants.Listed lead = participants.listedParticipants(views.get(from), year);
            List<Actor> line = participants.listLine(v);
            if (lead == null || !lead.opensList() || line == null || line.isEmpty()) {
                return false;
            }
            listed.addAll(lead.actors());
            listed.addAll(line);
        } else {
            ExerciseParticipants.Listed said = participants.listedParticipants(v, year);
            if (said == null || said.actors().isEmpty()) {
                return false;
            }
            listed.addAll(said.actors());
        }
        if (c != null) {
            // every reading of the anchor ("the Chile-Peru exercise X began": a compound and a trigger) gets them
            boolean added = false;
            for (Candidate x : out) {
                if (!Candidate.EXERCISE.equals(x.type) || x.sentenceIndex != anchor) {
                    continue;
                }
                int n = ActorLists.distinctKeys(x.actors);
                for (Actor a : listed) {
                    x.addActor(a);
                }
                if (ActorLists.distinctKeys(x.actors) > n) {
                    x.weak = false;
                    dropAlliances(x);
                    added = true;
                }
            }
            return added;
        }
        List<Candidate> again = new ArrayList<>();
        findInSentence(av, listed, again);
        for (Candidate x : again) {
            if (Candidate.EXERCISE.equals(x.type)) {
                dropAlliances(x);
                out.add(x);
            }
        }
        return !again.isEmpty();
    }

    /**
     * "X 2024, the largest US-led exercise on the continent, ended on Friday. The exercise, which began on 20 May, was
     * co-hosted this year by A, B and C ...": a sentence whose subject is "the exercise" ("the drills", "this year's
     * edition" aside) and that names no exercise takes up the exercise reported in one of the three sentences before;
     * what it reads (the candidates from {@code before} on, without a name and of no other year) adds its states to
     * that exercise instead of making another one.
     */
    private static void takeUp(SentenceView v, List<Candidate> out, int before) {
        Tokens tk = v.tk;
        if (!v.names.isEmpty() || !("the".equals(tk.norm(v.a)) || "this".equals(tk.norm(v.a)))
                || !Lexicon.EXERCISE_NOUNS.contains(tk.norm(v.a + 1))) {
            return;
        }
        int anchor = -1;
        for (int i = 0; i < before; i++) {
            Candidate c = out.get(i);
            if (Candidate.EXERCISE.equals(c.type) && c.sentenceIndex < v.index && c.sentenceIndex >= v.index - 3) {
                anchor = c.sentenceIndex;
            }
        }
        if (anchor < 0) {
            return;
        }
        List<Candidate> news = new ArrayList<>(out.subList(before, out.size()));
        for (Candidate n : news) {
            if (!Candidate.EXERCISE.equals(n.type) || n.name != null) {
                return;
            }
        }
        List<Candidate> reported = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            Candidate c = out.get(i);
            if (Candidate.EXERCISE.equals(c.type) && c.sentenceIndex == anchor) {
                reported.add(c);
            }
        }
        for (Candidate c : reported) {
            for (Candidate n : news) {
                if (n.date != null && c.date != null && io.newsevents.extractor.dates.DateParser.yearOf(n.date)
                        != io.newsevents.extractor.dates.DateParser.yearOf(c.date)) {
                    return; // "The exercise was first held in 2015 by A and B": another edition
                }
            }
        }
        for (Candidate c : reported) {
            for (Candidate n : news) {
                for (Actor a : n.actors) {
                    c.addActor(a);
                }
            }
            if (ActorLists.distinctKeys(c.actors) >= 2) {
                c.weak = false;
            }
        }
        out.subList(before, out.size()).clear();
    }

    /**
     * "A, B and C units took part in X, hosted by A in September; D and E sent ships for the first week only": a part
     * after ";" in the exercise's own sentence that says who took part (see
     * {@link ExerciseParticipants#listedParticipants}) adds its states to the exercises read from the sentence.
     */
    private void afterSemicolon(SentenceView v, List<Candidate> out, int before) {
        int semi = -1;
        for (int i = v.a; i < v.b && semi < 0; i++) {
            semi = ";".equals(v.tk.norm(i)) ? i : -1;
        }
        if (semi < 0) {
            return;
        }
        for (Candidate c : out.subList(before, out.size())) {
            if (!Candidate.EXERCISE.equals(c.type) || c.weak) {
                continue;
            }
            int year = c.date != null ? io.newsevents.extractor.dates.DateParser.yearOf(c.date) : 0;
            ExerciseParticipants.Listed said = participants.listedParticipants(v, year, semi + 1);
            if (said != null) {
                for (Actor a : said.actors()) {
                    c.addActor(a);
                }
            }
        }
    }

    /** Openers of a subject that names the edition before the one reported: "The previous edition". */
    private static final java.util.Set<String> PAST_EDITION_OPENERS = java.util.Set.of("previous", "last",
            "preceding", "prior");
    /** Sentences back to the exercise whose previous edition a sentence reports ("This is the fifth edition ..."). */
    private static final int PAST_EDITION_WINDOW = 6;
    /** Participles by which an edition "was held". */
    private static final java.util.Set<String> HELD_PARTICIPLES = java.util.Set.of("held", "conducted", "staged",
            "hosted", "organised", "organized", "run", "carried");

    /**
     * "X 2024 opened on Monday ... The previous edition was held in the Gulf of Oman in March 2023.": a sentence whose
     * subject is the edition before the one just reported ("the previous / last edition (iteration, round) was held")
     * and that dates it in an earlier year reports that earlier edition, with the same participants, dated by its own
     * sentence. The exercise reported is the latest one (not weak, two or more states) of the six sentences before.
     */
    private static void previousEdition(SentenceView v, List<Candidate> out) {
        Tokens tk = v.tk;
        int k = v.a;
        if (!"the".equals(tk.norm(k)) || !PAST_EDITION_OPENERS.contains(tk.norm(k + 1))
                || !EDITION_HEADS.contains(tk.norm(k + 2))) {
            return;
        }
        k += 3;
        if (!"was".equals(tk.norm(k)) && !"were".equals(tk.norm(k))) {
            return;
        }
        if ("also".equals(tk.norm(k + 1))) {
            k++;
        }
        if (!HELD_PARTICIPLES.contains(tk.norm(k + 1))) {
            return;
        }
        io.newsevents.extractor.dates.DateParser.DateMention dm = null;
        for (io.newsevents.extractor.dates.DateParser.DateMention d : v.dates) {
            if (dm == null && d.value() != null && !d.future()) {
                dm = d;
            }
        }
        if (dm == null) {
            return;
        }
        String date = ExerciseDates.exerciseDate(v, null, dm); // "in February-March 2023": 2023-02
        if (date == null) {
            return;
        }
        int year = io.newsevents.extractor.dates.DateParser.yearOf(date);
        Candidate now = null;
        for (Candidate c : out) {
            if (Candidate.EXERCISE.equals(c.type) && !c.weak && c.sentenceIndex < v.index
                    && c.sentenceIndex >= v.index - PAST_EDITION_WINDOW && c.date != null
                    && io.newsevents.extractor.dates.DateParser.yearOf(c.date) > year
                    && c.actors.stream().filter(a -> Actor.STATE.equals(a.kind())).count() >= 2) {
                now = c;
            }
        }
        if (now == null) {
            return;
        }
        Candidate c = new Candidate(Candidate.EXERCISE, v.sentence, v.index);
        for (Actor a : now.actors) {
            c.addActor(a);
        }
        c.date = date;
        c.confidence = 0.6;
        out.add(c);
    }

    /** Heads of a phrase that picks one edition of a series: "the fifth edition", "the latest round". */
    private static final java.util.Set<String> EDITION_HEADS = java.util.Set.of("edition", "iteration", "round",
            "instalment", "installment");
    /** Words that may stand between "The" and an edition head: "The most recent", "The fifth", "The 2023". */
    private static final java.util.Set<String> EDITION_OPENERS = java.util.Set.of("most", "recent", "latest", "last",
            "previous", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "st", "nd", "rd", "th", "next");

    /**
     * An edition of a series reported without its participants, who were named just before as the series':
     * "The two navies have exercised together since 2005; the latest round of X was held off Y in May" (a clause
     * after ";" or ":" whose first part names the states and says they exercise or train together), or "A and B
     * will hold the sixth edition of X in May. The fifth edition, X-V, was conducted in C in 2020" (a sentence that
     * opens with a definite edition, after a sentence of the same paragraph that names an exercise and its states).
     * The states of that earlier part; null when there is none.
     */
    private List<Actor> seriesParticipants(SentenceView v, List<SentenceView> views, List<Candidate> out) {
        Tokens tk = v.tk;
        // "...; the latest round of X was held ...": the part before ";" or ":" names the states
        int sep = -1;
        boolean together = false;
        for (int i = v.a + 3; i < v.b - 4; i++) {
            String w = tk.norm(i);
            together |= "together".equals(w) || ExerciseNouns.isExerciseNoun(v, i);
            if ((";".equals(w) || ":".equals(w)) && together) {
                sep = i;
                break;
            }
        }
        if (sep > 0 && editionAfter(v, sep + 1)) {
            List<Actor> found = statesIn(v, v.a, sep, out);
            if (found.size() >= 2) {
                return found;
            }
        }
        // "The air forces held X at Y in December 2020", "their armies held ...": the forces of the pair the article
        // is about, in a sentence that names no state
        List<Actor> pair = forcesOfThePair(v, out);
        if (pair != null) {
            return pair;
        }
        // "The fifth edition, X-V, was conducted ...": the sentence before in the paragraph names the series' states
        int k = v.a;
        if (!"the".equals(tk.norm(k)) || views == null || v.index < 1 || v.index >= views.size()
                || views.get(v.index) != v) {
            return null;
        }
        k++;
        while (k < v.a + 5 && (EDITION_OPENERS.contains(tk.norm(k)) || tk.isNumber(k))) {
            k++;
        }
        if (k == v.a + 1 || !EDITION_HEADS.contains(tk.norm(k))
                || !(",".equals(tk.norm(k + 1)) || "of".equals(tk.norm(k + 1)))) {
            return null;
        }
        SentenceView prev = views.get(v.index - 1);
        if (prev.sentence.block() != v.sentence.block() || prev.question) {
            return null;
        }
        boolean exercise = !prev.names.isEmpty();
        for (int i = prev.a; i < prev.b && !exercise; i++) {
            exercise = ExerciseNouns.isExerciseNoun(prev, i);
        }
        List<Actor> found = exercise ? statesIn(prev, prev.a, prev.b, out) : List.of();
        return found.size() >= 2 && found.size() <= 4 ? found : null;
    }

    /** Plural heads of a pair's forces: "the navies", "their armies", "the air forces". */
    private static final java.util.Set<String> PAIR_FORCES = java.util.Set.of("navies", "armies", "militaries",
            "forces", "coast", "guards");

    /**
     * "The air forces held X ...", "the navies concluded X ...", "their armies held ...": a definite plural force
     * without a number or an owner, in a sentence that names no state, stands for the two states that the facts read
     * before in the article have most often as their only parties (the latest of equals); null when none.
     */
    private static List<Actor> forcesOfThePair(SentenceView v, List<Candidate> out) {
        Tokens tk = v.tk;
        for (SentenceView.Act ac : v.acts) {
            if (!ac.place() && (Actor.STATE.equals(ac.actor().kind()) || ac.actor().iso3() != null)) {
                return null; // a venue ("at Hotan") is no owner of the forces
            }
        }
        boolean forces = false;
        for (int i = v.a; i < v.b - 1 && !forces; i++) {
            String w = tk.norm(i);
            if (!"the".equals(w) && !"their".equals(w)) {
                continue;
            }
            int h = "air".equals(tk.norm(i + 1)) && "forces".equals(tk.norm(i + 2)) ? i + 2 : i + 1;
            String head = tk.norm(h);
            forces = (PAIR_FORCES.contains(head) && !"forces".equals(head) || h == i + 2)
                    && !"of".equals(tk.norm(h + 1)) && !"'s".equals(tk.norm(h + 1));
        }
        if (!forces) {
            return null;
        }
        List<Actor> best = null;
        int bestN = 0;
        for (Candidate c : out) {
            List<Actor> st = new ArrayList<>();
            for (Actor a : c.actors) {
                if (Actor.STATE.equals(a.kind()) && a.iso3() != null) {
                    ActorLists.addUnique(st, a);
                }
            }
            if (st.size() != 2 || ActorLists.distinctKeys(c.actors) != 2) {
                continue;
            }
            int n = 0;
            for (Candidate d : out) {
                if (ActorLists.distinctKeys(d.actors) == 2 && ActorLists.hasKey(d.actors, st.get(0))
                        && ActorLists.hasKey(d.actors, st.get(1))) {
                    n++;
                }
            }
            if (n >= bestN) {
                best = st;
                bestN = n;
            }
        }
        return best;
    }

    /** "the latest round of", "the second edition of": an edition phrase within a few words from k. */
    private static boolean editionAfter(SentenceView v, int k) {
        for (int i = k; i < Math.min(v.b - 1, k + 6); i++) {
            if (EDITION_HEADS.contains(v.tk.norm(i)) && "of".equals(v.tk.norm(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The distinct states among the actors of v in [from, to) (references such as "the two navies" included). */
    private static List<Actor> statesIn(SentenceView v, int from, int to, List<Candidate> out) {
        List<Actor> found = new ArrayList<>();
        boolean ref = false;
        for (SentenceView.Act ac : v.acts) {
            if (ac.s() >= from && ac.e() <= to && !ac.place() && Actor.STATE.equals(ac.actor().kind())) {
                ActorLists.addUnique(found, ac.actor());
                ref |= ac.ref();
            }
        }
        // "the two navies": a reference counts only when it is resolved to two states that an event read before in
        // the article has as its parties (the pair the article is about), not to any two states named just before
        if (ref && (found.size() != 2 || !partiesBefore(found, out))) {
            return List.of();
        }
        return found;
    }

    /** True when a fact read before has all of {@code states} among its actors. */
    private static boolean partiesBefore(List<Actor> states, List<Candidate> out) {
        for (Candidate c : out) {
            boolean all = true;
            for (Actor s : states) {
                all &= ActorLists.hasKey(c.actors, s);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** "The CSTO staged X. Contingents from A, B and C ...": with the states listed, the alliance is no participant. */
    private static void dropAlliances(Candidate c) {
        if (c.actors.stream().filter(a -> Actor.STATE.equals(a.kind())).count() >= 2
                && c.actors.removeIf(a -> !Actor.STATE.equals(a.kind()) && a.iso3() == null)) {
            c.addActor(c.actors.get(0)); // recompute the actor set key
        }
    }

    /** First words of a short line ending in ":" that opens a block of links to other articles. */
    private static final java.util.Set<String> LINK_HEADINGS = java.util.Set.of("read", "related", "see", "also",
            "more", "recommended", "further");

    /**
     * "Read more:", "Related:", "See also:" followed by list lines: each line is the headline of another article
     * ("- A, B kick off X drills"), not a report of this one; so is a line that opens with such a heading ("Related: A, B
     * sign gas deal"). True for such a line.
     */
    static boolean linkLine(SentenceView v, List<SentenceView> views) {
        for (int i = v.a; i < Math.min(v.b - 1, v.a + 3) && LINK_HEADINGS.contains(v.tk.norm(i)); i++) {
            if (":".equals(v.tk.norm(i + 1)) && v.tk.capitalised(v.a)
                    && (i > v.a || "related".equals(v.tk.norm(i)) || "recommended".equals(v.tk.norm(i)))) {
                return true; // "Related: A, B sign gas deal" on one line: the headline of another article
            }
        }
        if (v.sentence.kind() != io.newsevents.extractor.text.Sentence.Kind.BULLET || views == null
                || v.index >= views.size() || views.get(v.index) != v) {
            return false;
        }
        int k = v.index - 1;
        while (k >= 0 && views.get(k).sentence.kind() == io.newsevents.extractor.text.Sentence.Kind.BULLET) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        SentenceView h = views.get(k);
        return h.b - h.a <= 5 && h.b > h.a && ":".equals(h.tk.norm(h.b - 1)) && LINK_HEADINGS.contains(h.tk.norm(h.a));
    }

    /** Prose sentences after an exercise's own sentence that may still list its participants. */
    private static final int FOLLOW_WINDOW = 3;

    /** A line of a bulleted list that starts its own block (not a second sentence of one item). */
    private static boolean listItem(SentenceView x, List<SentenceView> views) {
        return x.sentence.kind() == io.newsevents.extractor.text.Sentence.Kind.BULLET
                && (x.index == 0 || views.get(x.index - 1).sentence.block() != x.sentence.block());
    }

    /**
     * The sentence at or before {@code from} that reports an exercise (one of {@code out}) or names one, when at most
     * {@link #FOLLOW_WINDOW} - 1 prose sentences lie between it and the sentence after {@code from}, list lines
     * aside, and none of them is a heading or speaks of another exercise; else -1.
     */
    private static int anchorBefore(int from, List<SentenceView> views, List<Candidate> out) {
        int prose = 0;
        for (int k = from; k >= 0 && k >= from - 40; k--) {
            SentenceView x = views.get(k);
            if (!x.names.isEmpty()) {
                return k;
            }
            for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceIndex >= k; i--) {
                if (Candidate.EXERCISE.equals(out.get(i).type) && out.get(i).sentenceIndex == k) {
                    return k;
                }
            }
            if (listItem(x, views)) {
                continue;
            }
            boolean takenUp = false;
            for (int i = x.a; i < x.b; i++) {
                if (ExerciseNouns.isExerciseNoun(x, i) && ExerciseParticipants.indefinite(x, i)) {
                    return -1; // "Vietnam held a search-and-rescue exercise": another exercise between
                }
                takenUp |= Lexicon.EXERCISE_NOUNS.contains(x.tk.norm(i)) && ExerciseParticipants.definite(x, i);
            }
            // "The exercise, now in its 51st year, runs until June 17": a sentence that takes the exercise up again
            // keeps its topic and does not count toward the window
            if (heading(x) || !takenUp && ++prose >= FOLLOW_WINDOW) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Exercise Year Lead Status Sea Breeze 2021 Ukraine, United States held Zapad 2021 Russia, Belarus held ...": a
     * plain-text table read as one sentence, three or more exercise names with hardly a lowercase word between them
     * (a status column, not a verb with its clause); it is no prose to read triggers in.
     */
    private static boolean flattenedTable(SentenceView v) {
        if (v.names.size() < 3) {
            return false;
        }
        int lower = 0;
        for (int i = v.a; i < v.b; i++) {
            String raw = v.tk.cleanSpan(i, i + 1);
            if (v.tk.isWord(i) && !raw.isEmpty() && Character.isLowerCase(raw.charAt(0))) {
                lower++;
            }
        }
        return lower <= v.names.size() + 2;
    }

    /** A short line without closing punctuation: a heading, after which the text speaks of something else. */
    private static boolean heading(SentenceView x) {
        if (x.b - x.a >= 10) {
            return false;
        }
        String last = x.tk.norm(x.b - 1);
        return !(".".equals(last) || ":".equals(last) || "!".equals(last) || "\"".equals(last) || ")".equals(last));
    }

    private void findInSentence(SentenceView v, List<Actor> fill, List<Candidate> out) {
        Tokens tk = v.tk;
        boolean any = !v.names.isEmpty();
        for (int i = v.a; i < v.b && !any; i++) {
            if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(i))) {
                any = true;
            }
        }
        if (!any || flattenedTable(v)) {
            return;
        }
        if (!triggers.fromTriggers(v, fill, out)) {
            // "the naval drills between Chile, Peru and Ecuador in May 2019": an exercise noun phrase with a date
            ExerciseCandidates.fromDatedNounPhrase(v, out);
        }
        // "Russian-Armenian drills", "the India-US exercise": a compound of actors right before the exercise word
        ExerciseCandidates.fromCompound(v, out);
    }
}
