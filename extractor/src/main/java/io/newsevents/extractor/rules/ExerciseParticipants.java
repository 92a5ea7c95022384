package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.dates.DateParser;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.rules.Roles.Role;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who took part in an exercise that {@link ExerciseRules} found: the parties of the trigger's clause and the lists
 * after its verb, the owner of "Russia's Vostok-2022 exercise", the host a ship sailed to, a joint exercise's host,
 * a dash parenthesis, the next sentence's "A and B took part"; and who did not: venues, owned places ("the Afghan
 * border"), the simulated enemy, observers, commenting bystanders and organising alliances.
 */
final class ExerciseParticipants {

    /** Words that make an exercise joint, so a weak actor (the host) counts as a participant. */
    private static final Set<String> JOINT_WORDS = Set.of("joint", "bilateral", "combined", "together", "with",
            "between");
    /**
     * "rehearsed repelling a Russian assault", "simulating an attack by X", "officials playing the United States":
     * words before an actor that make it the imagined enemy or a role, not a participant.
     */
    private static final Set<String> SIMULATION_CUES = Set.of("simulated", "simulating", "simulate", "simulates",
            "repelling", "repel", "repelled", "repulsing", "repulse", "mock", "imaginary", "hypothetical", "fictional",
            "invading", "playing", "played", "enemy", "role", "roles", "notional");
    /** "the invasion of X", "an attack by X": the target or attacker of a scenario. */
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "invasion", "blockade", "assault",
            "strike", "strikes", "incursion", "offensive", "aggression");
    /** "observers from X", "attaches of X": X watches the exercise. */
    private static final Set<String> WATCHER_NOUNS = Set.of("observers", "observer", "monitors", "attaches",
            "attach\u00e9s", "guests", "delegations", "delegation");
    /** Words that make a one-participant exercise a part taken in someone else's (multinational) exercise. */
    private static final Set<String> PARTICIPATION_WORDS = Set.of("part", "participated", "participating",
            "participate", "participates", "participation", "joined", "join", "joins", "alongside", "multinational",
            "international", "joint", "combined", "bilateral", "trilateral", "multilateral", "with", "together",
            "sent", "deployed", "dispatched", "allied", "partners");
    /**
     * "about 20 km from the Afghan border", "off the Iranian coast": a place named by its owner, no participant; so
     * is a training range named like a person or place ("the Mulino range").
     */
    private static final Set<String> OWNED_PLACE_AFTER = Set.of("border", "borders", "frontier", "coast", "coastline",
            "shore", "shores", "airspace", "range", "ranges", "polygon");
    /** Participles that, right after an exercise, say where it was held ("the exercise held in Poland"). */
    private static final Set<String> VENUE_PARTICIPLES = Set.of("held", "staged", "conducted", "hosted", "organised",
            "organized");

    /**
     * The participants of one exercise; the end of the clause that lists them (before a commenting bystander or
     * source); the venue it names; whether a caption ({@code fill}) supplied some of them.
     */
    record Gathered(List<Actor> actors, int clauseEnd, String location, boolean fromContext) {
    }

    private final States states;

    ExerciseParticipants(States states) {
        this.states = states;
    }

    /**
     * The participants of the exercise at ex whose trigger at t has the clause [cs, ce) ({@code motion}: a past
     * motion verb with the exercise as purpose, or -1); {@code fill} (or null) gives participants from a caption.
     */
    Gathered gather(SentenceView v, int t, int ex, int cs, int ce, int motion, List<Actor> fill) {
        Tokens tk = v.tk;
        List<Act> dashed = dashParticipants(v, ce);
        ce = bystanderClauseStart(v, Math.max(t, ex), ce);
        ce = commentAppositionStart(v, Math.max(t, ex), ce);
        ce = sourceClauseStart(v, Math.max(t, ex), ce);
        ce = closingSourceStart(v, Math.max(t, ex), ce);
        ce = circumstanceClauseStart(v, Math.max(t, ex), ce);
        ce = coordinateClauseStart(v, Math.max(t, ex), ce);
        List<Act> acts = Clauses.actsIn(v, cs, ce);
        Role[] roles = Roles.of(v, acts, true);
        boolean guards = false;
        for (int k = 0; k < acts.size(); k++) {
            guards = roles[k] == Role.EXCLUDED && (coastGuardOf(v, acts.get(k))
                    || guards && Clauses.listConnected(v, acts.get(k - 1), acts.get(k)));
            if (guards) {
                roles[k] = Role.PARTY; // "the coast guards of India, Sri Lanka and the Maldives"
            }
            if (roles[k] == Role.PARTY && overhead(v, acts.get(k))) {
                roles[k] = Role.WEAK; // "flew over Denmark and the Baltic Sea": the airspace is the venue
            }
            if (ownedPlace(v, acts.get(k)) || scenarioOrWatcher(v, acts.get(k), v.a) || watchingAfter(v, acts.get(k))
                    || unnamedMembers(v, acts.get(k)) || destination(v, acts.get(k)) || encircled(v, acts.get(k))
                    || inRelativeOfActor(v, acts.get(k), t)
                    || continent(v, acts.get(k)) || mandateOrModel(v, acts.get(k)) || incursionFrom(v, acts.get(k))
                    || k > 0 && roles[k - 1] == Role.EXCLUDED && roles[k] == Role.PARTY
                    && scenarioOrWatcher(v, acts.get(k - 1), v.a) && Clauses.listConnected(v, acts.get(k - 1), acts.get(k))) {
                roles[k] = Role.EXCLUDED;
            }
        }
        for (int k = acts.size() - 1; k >= 0; k--) {
            // "held in May in A and B, the co-hosts": the venue named as the exercise's hosts takes part in it
            if (roles[k] == Role.EXCLUDED || !hostAppositive(v, acts.get(k))) {
                continue;
            }
            roles[k] = Role.PARTY;
            for (int j = k; j > 0 && roles[j - 1] == Role.WEAK && Clauses.listConnected(v, acts.get(j - 1), acts.get(j));
                    j--) {
                roles[j - 1] = Role.PARTY;
            }
        }
        for (int k = acts.size() - 1; k >= 0; k--) {
            // "with A, B and C present as observers": the whole list before the watchers' words only watches
            if (!watchersAfter(v, acts.get(k))) {
                continue;
            }
            roles[k] = Role.EXCLUDED;
            for (int j = k; j > 0 && Clauses.listConnected(v, acts.get(j - 1), acts.get(j)); j--) {
                roles[j - 1] = Role.EXCLUDED;
            }
        }
        List<Actor> parts = new ArrayList<>();
        List<Act> weak = new ArrayList<>();
        for (int k = 0; k < acts.size(); k++) {
            if (roles[k] == Role.PARTY) {
                ActorLists.addUnique(parts, acts.get(k).actor());
            } else if (roles[k] == Role.WEAK) {
                weak.add(acts.get(k));
            }
        }
        Act owner = possessiveOwner(v, cs, t);
        if (owner != null) {
            ActorLists.addUnique(parts, owner.actor());
        }
        for (Act ac : v.acts) {
            // "Russia's Vostok-2022 exercise, which included ...": the owner of the exercise takes part in it
            if (!ac.ref() && "'s".equals(tk.norm(ac.e())) && ownsExercise(v, ac.e() + 1, ex)
                    && !ownedPlace(v, ac) && scenarioFree(v, ac)) {
                ActorLists.addUnique(parts, ac.actor());
            }
        }
        if (motion >= 0) {
            // "sailed into Karachi to take part in AMAN-25": the state the ship came to hosts the exercise
            for (Act ac : v.acts) {
                if (ac.place() && ac.s() > motion && ac.s() <= motion + 3 && ac.e() < t) {
                    Actor host = states.stateOf(ac.actor());
                    if (host != null) {
                        ActorLists.addUnique(parts, host);
                    }
                }
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
                if (ac.s() >= Clauses.nounSearchStart(v, cs) && ac.e() <= cs && !ac.ref() && !inRelativeOfActor(v, ac, t)) {
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
                if (!venueOfReducedRelative(v, wk) && !overhead(v, wk)) {
                    ActorLists.addUnique(parts, wk.actor());
                }
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
                if (ac.actor().iso3() == null && !Actor.STATE.equals(ac.actor().kind())
                        && (ExerciseNouns.isExerciseNoun(v, skipModifiers(v, ac.e())) || organiser(v, ac)
                        || ownsForces(v, ac))) {
                    parts.removeIf(x -> x.key().equals(ac.key()));
                }
            }
        }
        for (Act ac : dashed) {
            ActorLists.addUnique(parts, ac.actor());
        }
        return new Gathered(parts, ce, location, fromContext);
    }

    /**
     * "X hosted N in May. Warships from A, B and C took part.": a sentence that only says who took part adds its
     * parties to the exercise read from the sentence right before it.
     */
    static void joinPrevious(SentenceView v, List<Candidate> out) {
        Candidate prev = null;
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceIndex >= v.index - 1; i--) {
            Candidate c = out.get(i);
            if (Candidate.EXERCISE.equals(c.type) && c.sentenceIndex == v.index - 1 && !c.weak) {
                prev = c;
                break;
            }
        }
        if (prev == null) {
            return;
        }
        Tokens tk = v.tk;
        for (int t = v.a; t < v.b; t++) {
            String w = tk.norm(t);
            boolean tookPart = ("took".equals(w) || "take".equals(w) || "takes".equals(w))
                    && "part".equals(tk.norm(t + 1));
            if (!tookPart && !"participated".equals(w)) {
                continue;
            }
            int after = tookPart ? t + 2 : t + 1;
            if (!bareParticipation(v, after)) {
                return;
            }
            int cs = Clauses.clauseStart(v, t);
            int ce = Clauses.clauseEnd(v, t);
            if (Clauses.blocked(v, t, cs) || Clauses.cancelled(v, cs, ce)) {
                return;
            }
            for (int i = cs; i < t; i++) {
                String x = tk.norm(i);
                if ("observers".equals(x) || "observer".equals(x) || "monitors".equals(x)) {
                    return; // "Observers from Japan took part": watching is no taking part
                }
            }
            int year = DateParser.yearOf(prev.date);
            for (DateMention d : v.dates) {
                if (d.future() || d.value() != null && year > 0 && DateParser.yearOf(d.value()) != year) {
                    return; // "took part in 2019": another edition
                }
            }
            List<Act> acts = Clauses.actsIn(v, cs, ce);
            Role[] roles = Roles.of(v, acts, true);
            for (int k = 0; k < acts.size(); k++) {
                if (roles[k] == Role.PARTY && !ownedPlace(v, acts.get(k))) {
                    prev.addActor(acts.get(k).actor());
                }
            }
            return;
        }
    }

    /** "the following navies:", "20 participating nations": nouns for the participants of a multinational exercise. */
    private static final Set<String> NATION_NOUNS = Set.of("nations", "countries", "states", "navies", "armies",
            "militaries", "participants", "contingents", "partners", "forces");
    /** "sent combat contingents", "personnel from A and B": what a participant contributes to an exercise. */
    private static final Set<String> FORCE_NOUNS = Set.of("forces", "troops", "contingents", "contingent", "units",
            "ships", "warships", "vessels", "aircraft", "jets", "fighters", "personnel", "soldiers", "sailors",
            "marines", "airmen", "crews", "teams", "squadrons", "battalions", "frigates", "submarines", "helicopters",
            "navies", "detachments", "platoons", "companies", "participants", "frigate", "destroyer", "corvette",
            "submarine", "warship", "ship", "vessel", "battalion", "squadron", "detachment", "unit", "company",
            "platoon", "team");
    private static final Set<String> SENDING_VERBS = Set.of("sent", "deployed", "contributed", "dispatched",
            "fielded", "committed");
    private static final Set<String> GATHERING_VERBS = Set.of("brought", "gathered", "involved", "included",
            "featured", "comprised", "drew", "brings", "bring", "gathers", "gather", "involves", "involve", "draws",
            "features");
    /** "participating in several serials", "in all phases": words before the parts of an exercise taken part in. */
    private static final Set<String> PART_QUANTIFIERS = Set.of("several", "some", "all", "most", "various", "its",
            "many");
    /** "the sea phase", "the final stage": a part of an exercise in which a state takes part. */
    private static final Set<String> PHASE_NOUNS = Set.of("phase", "phases", "stage", "stages", "component",
            "components", "portion", "segment", "leg", "part");
    /** "for the first week only", "for the sea phase only": "only" that limits a participation in time or scope. */
    private static final Set<String> LIMITED_SPANS = Set.of("week", "weeks", "day", "days", "phase", "phases",
            "stage", "stages", "leg", "component", "portion", "segment", "half", "fortnight");
    /** "Besides the two hosts", "alongside the hosts": the hosts, taken up to add others to them. */
    private static final Set<String> BESIDES_WORDS = Set.of("besides", "beside", "alongside", "apart", "addition");
    /** Subjects that take up the exercise just reported: "It brought together", "This year's edition involved". */
    private static final Set<String> EXERCISE_SUBJECT_WORDS = Set.of("it", "the", "this", "that", "year", "'s",
            "\u2019s", "edition", "iteration", "exercise", "drill", "drills", "exercises", "manoeuvres", "maneuvers",
            "event", "they", "these", "together");
    /**
     * Words that make a follow-up sentence about someone other than the participants: observers, states that were
     * absent, withdrew or were only invited, a future or earlier edition, sponsors and critics.
     */
    private static final Set<String> FOLLOW_EXCLUDE = Set.of("observer", "observers", "observed", "observing",
            "watched", "monitored", "absent", "withdrew", "withdrawn", "withdraw", "pulled", "not", "n't", "never",
            "no", "declined", "refused", "only", "invited", "invitation", "will", "would", "could", "may", "might",
            "should", "next", "planned", "plans", "plan", "hoped", "hopes", "hope", "expected", "sponsor", "sponsors",
            "sponsored", "funded", "financed", "previous", "earlier", "former", "last", "before", "criticised",
            "criticized", "condemned", "protested", "warned", "accused", "except", "excluding", "without", "if",
            "unless", "host", "hosted", "hosts", "organised", "organized", "neither", "nor");
    private static final Set<String> INCLUDE_WORDS = Set.of("include", "included", "includes", "were", "are",
            "comprise", "comprised");
    /** Words that start a contrasting part of a sentence: "A sent ships, while B sent observers". */
    /** "ordered jets from A", "bought frigates from A": a purchase, not a contribution to an exercise. */
    private static final Set<String> PURCHASE_VERBS = Set.of("ordered", "bought", "buy", "buys",
            "buying", "purchased", "purchase", "purchases", "acquired", "acquire", "acquires", "procured", "imported");
    private static final Set<String> BE_PRESENT_PAST = Set.of("are", "were", "is", "was");
    private static final Set<String> SEGMENT_BREAKS = Set.of("while", "whereas", "but", "although", "though", ";");

    /** Words that open an unnamed subject: "and a dozen other states sent observers". */
    private static final Set<String> UNNAMED_SUBJECT_OPENERS = Set.of("a", "an", "several", "some", "many", "other",
            "most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "further");

    /**
     * "A and B sent contingents, and a dozen other states sent observers": ", and" before an unnamed subject starts a
     * part of its own (a list's last item, "..., and the United States", does not).
     */
    private static boolean otherSubjectAfterAnd(SentenceView v, int e) {
        if (!"and".equals(v.tk.norm(e)) || !",".equals(v.tk.norm(e - 1))
                || !UNNAMED_SUBJECT_OPENERS.contains(v.tk.norm(e + 1))) {
            return false;
        }
        for (Act ac : v.acts) {
            if (ac.s() == e + 1 || ac.s() == e + 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * "B and C sent ships for the first week only, and D withdrew its frigate": ", and" after a part that has already
     * said who sent or took part starts a clause of its own (", and" inside a list of senders comes before the verb).
     */
    private static boolean clauseAfterPredicate(SentenceView v, int s, int e) {
        if (!"and".equals(v.tk.norm(e)) || !",".equals(v.tk.norm(e - 1))) {
            return false;
        }
        for (int i = s; i < e - 1; i++) {
            String w = v.tk.norm(i);
            if (SENDING_VERBS.contains(w) || "part".equals(w) && "took".equals(v.tk.norm(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... troops from A and B, as well as smaller teams and observers from other countries": "as well as" before
     * something other than a named actor starts a part of its own.
     */
    private static boolean unnamedAddition(SentenceView v, int e) {
        return "as".equals(v.tk.norm(e)) && "well".equals(v.tk.norm(e + 1)) && "as".equals(v.tk.norm(e + 2))
                && !firstActAt(v, e + 3, v.b);
    }

    /** True when [k, e) is at most "this year" or "in it" and a colon: "Taking part this year:". */
    private static boolean listOpener(SentenceView v, int k, int e) {
        for (int n = 0; n < 3 && k < e && !":".equals(v.tk.norm(k)); n++) {
            String w = v.tk.norm(k);
            if (!("this".equals(w) || "year".equals(w) || "in".equals(w) || "it".equals(w) || "are".equals(w)
                    || "were".equals(w) || "time".equals(w))) {
                return false;
            }
            k++;
        }
        return k < e && ":".equals(v.tk.norm(k));
    }

    /** What a sentence after an exercise says about its participants. */
    record Listed(List<Actor> actors, boolean opensList) {
    }

    /**
     * The participants that a sentence following an exercise lists, cut into parts at contrast words ("..., while
     * several others sent observers"): in a part that says who took part (a bare "took part", "participating
     * nations", "personnel from A and B", "A sent forces", "It brought together", "the following countries:") and
     * has no word of watching, absence, another time or sponsorship, the states named; {@code year} (or 0) is the
     * exercise's year, a part dated in another year is about another edition. Null when no part says who took part;
     * {@code opensList} when the sentence ends with a colon after such a part (the lines after it list participants).
     */
    Listed listedParticipants(SentenceView v, int year) {
        return listedParticipants(v, year, v.a);
    }

    /** As {@link #listedParticipants(SentenceView, int)}, reading the sentence from token {@code from} on. */
    Listed listedParticipants(SentenceView v, int year, int from) {
        Tokens tk = v.tk;
        List<Actor> found = new ArrayList<>();
        boolean cued = false;
        boolean opens = false;
        int s = from;
        while (s < v.b) {
            int e = s;
            while (e < v.b && !(e > s && (SEGMENT_BREAKS.contains(tk.norm(e)) || ";".equals(tk.norm(e))
                    || otherSubjectAfterAnd(v, e) || unnamedAddition(v, e) || clauseAfterPredicate(v, s, e)))) {
                e++;
            }
            if (participationPart(v, s, e, year)) {
                cued = true;
                for (Act ac : v.acts) {
                    Actor st = ac.ref() || ac.place() ? null : states.stateOf(ac.actor());
                    if (ac.s() >= s && ac.e() <= e && st != null && !ownedPlace(v, ac) && scenarioFree(v, ac)
                            && !inRelativeOfActor(v, ac, e)) {
                        ActorLists.addUnique(found, st); // "the Indian Navy": India
                    }
                }
                int last = e - 1;
                while (last > s && (".".equals(tk.norm(last)) || tk.norm(last).startsWith("["))) {
                    last--;
                }
                opens = e == v.b && ":".equals(tk.norm(last));
            }
            s = e;
        }
        return cued ? new Listed(found, opens) : null;
    }

    /** The states of one line of a list after a sentence that opened it, or null when the line is about watchers. */
    List<Actor> listLine(SentenceView v) {
        List<Actor> found = new ArrayList<>();
        for (int i = v.a; i < v.b; i++) {
            String w = v.tk.norm(i);
            if (FOLLOW_EXCLUDE.contains(w) && !"host".equals(w) && !("may".equals(w) && v.tk.capitalised(i))) {
                return null;
            }
        }
        for (Act ac : v.acts) {
            Actor st = ac.ref() || ac.place() ? null : states.stateOf(ac.actor());
            if (st != null) {
                ActorLists.addUnique(found, st);
            }
        }
        return found;
    }

    /** "alongside the host Pakistan Navy", "with the host nation": the host named among those who took part. */
    private static boolean hostAlongside(SentenceView v, int i) {
        String p2 = v.tk.norm(i - 2);
        return "host".equals(v.tk.norm(i)) && "the".equals(v.tk.norm(i - 1))
                && ("alongside".equals(p2) || "with".equals(p2) || "including".equals(p2));
    }

    private static boolean participationPart(SentenceView v, int s, int e, int year) {
        Tokens tk = v.tk;
        for (int i = s; i < e; i++) {
            String w = tk.norm(i);
            if (FOLLOW_EXCLUDE.contains(w) && !("may".equals(w) && tk.capitalised(i))
                    && !("last".equals(w) && ("month".equals(tk.norm(i + 1)) || "week".equals(tk.norm(i + 1))))
                    && !hostAlongside(v, i) && !besidesHosts(v, i) && !hostedByOfTheExercise(v, s, i, e)
                    && !("only".equals(w) && LIMITED_SPANS.contains(tk.norm(i - 1)))) {
                return false; // "last month" is a date, checked against the exercise's year below
            }
            if (Lexicon.CANCEL.contains(w) || PURCHASE_VERBS.contains(w)) {
                return false; // "denied reports that it had ordered jets from A", "has since bought frigates from A"
            }
            if (ExerciseNouns.isExerciseNoun(v, i) && indefinite(v, i)) {
                return false; // "carried out a command post exercise": an activity or another exercise
            }
        }
        // "The exercise, which runs until 30 May, ...": the end of the exercise reported, not another time
        int relEnd = s;
        if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(s + 1)) && ",".equals(tk.norm(s + 2))
                && "which".equals(tk.norm(s + 3))) {
            relEnd = s + 4;
            while (relEnd < e && !",".equals(tk.norm(relEnd))) {
                relEnd++;
            }
        }
        for (DateMention d : v.dates) {
            if (d.tokStart() >= s && d.tokStart() < e && !(d.tokStart() > s + 3 && d.tokStart() < relEnd) && (d.future()
                    || d.value() != null && year > 0 && DateParser.yearOf(d.value()) != year)) {
                return false;
            }
        }
        for (int i = s; i < e; i++) {
            String w = tk.norm(i);
            String n = tk.norm(i + 1);
            if (hostedByOfTheExercise(v, s, i, e)) {
                return true; // "The exercise was co-hosted this year by A, B and C"
            }
            if (("took".equals(w) || "take".equals(w) || "takes".equals(w)) && "part".equals(n)) {
                if (i + 2 >= e || bareParticipation(v, i + 2)) {
                    return true;
                }
            } else if ("taking".equals(w) && "part".equals(n) && i > s && BE_PRESENT_PAST.contains(tk.norm(i - 1))
                    && (bareParticipation(v, i + 2) || "for".equals(tk.norm(i + 2)) && "the".equals(tk.norm(i + 3))
                    && "first".equals(tk.norm(i + 4)) || "this".equals(tk.norm(i + 2)) && "year".equals(tk.norm(i + 3)))) {
                return true; // "A, B and C are taking part for the first time", "A and B were taking part, too"
            } else if (("taking".equals(w) && "part".equals(n) || "participating".equals(w) && !NATION_NOUNS.contains(n))
                    && i == s && listOpener(v, i + ("taking".equals(w) ? 2 : 1), e)) {
                return true; // "Taking part this year:" with the participants listed after it
            } else if ("participating".equals(w) && i > s && BE_PRESENT_PAST.contains(tk.norm(i - 1))
                    && (bareParticipation(v, i + 1) || "in".equals(n) && PART_QUANTIFIERS.contains(tk.norm(i + 2)))) {
                return true; // "A and B are participating in several serials", "C and D were participating, too"
            } else if ("participated".equals(w) && (i + 1 >= e || bareParticipation(v, i + 1))) {
                return true;
            } else if ((NATION_NOUNS.contains(w) || FORCE_NOUNS.contains(w)) && i - s <= 1
                    && ("taking".equals(n) && "part".equals(tk.norm(i + 2)) || "participating".equals(n))
                    && INCLUDE_WORDS.contains(tk.norm("taking".equals(n) ? i + 3 : i + 2))) {
                return true; // "Navies taking part include those of A, B and C", "Countries participating were A, B"
            } else if ((NATION_NOUNS.contains(w) || FORCE_NOUNS.contains(w))
                    && ("come".equals(n) || "came".equals(n) || "comes".equals(n)) && "from".equals(tk.norm(i + 2))
                    && (i - s <= 3 || firstActAt(v, i + 3, e))) {
                return true; // "The foreign contingents come from A, B and C", "Besides the hosts, units came from A"
            } else if (FORCE_NOUNS.contains(w) && BE_PRESENT_PAST.contains(n) && SENDING_VERBS.contains(tk.norm(i + 2))
                    && "by".equals(tk.norm(i + 3)) && firstActAt(v, i + 4, e)) {
                return true; // "Combat units were sent by A, B and C"
            } else if (BE_PRESENT_PAST.contains(w) && "joined".equals(n) && "by".equals(tk.norm(i + 2)) && i > s
                    && firstActAt(v, i + 3, e)) {
                return true; // "A and B are joined by C, D and E"
            } else if ("they".equals(w) && i == s && ("came".equals(n) || "come".equals(n))
                    && "from".equals(tk.norm(i + 2))) {
                return true; // "Warships ... took part. They came from A, B and C, alongside the host D Navy."
            } else if ("participants".equals(w) && ",".equals(n) && i - s <= 1) {
                // "Participants, in the order listed by the organisers, are A, B and C"
                for (int k = i + 2; k < Math.min(e - 1, i + 12); k++) {
                    if (",".equals(tk.norm(k))) {
                        if (INCLUDE_WORDS.contains(tk.norm(k + 1))) {
                            return true;
                        }
                        break;
                    }
                }
            } else if ("participating".equals(w) && NATION_NOUNS.contains(n)
                    || "participants".equals(w) && ("were".equals(n) || "included".equals(n) || "are".equals(n))) {
                return true; // "Participating nations were A, B and C", "Participants included A and B"
            } else if ("following".equals(w) && "the".equals(tk.norm(i - 1))
                    && (NATION_NOUNS.contains(n) || FORCE_NOUNS.contains(n))) {
                return true; // "Ships came from the following navies:"
            } else if (FORCE_NOUNS.contains(w) && "from".equals(n) && firstActAt(v, i + 2, e)) {
                return true; // "Personnel from A and B embarked", "Aircraft and crews from A flew alongside"
            } else if (SENDING_VERBS.contains(w)) {
                for (int k = i + 1; k < Math.min(e, i + 4); k++) {
                    if (FORCE_NOUNS.contains(tk.norm(k))) {
                        return true; // "A and B sent combat contingents"
                    }
                }
            } else if (GATHERING_VERBS.contains(w) && i > s && (i - s <= 5 || ",".equals(tk.norm(i - 1)))) {
                boolean subject = true;
                for (int k = s; k < i && subject; k++) {
                    if (",".equals(tk.norm(k)) && k > s && "which".equals(tk.norm(k + 1))) {
                        // "The drills, which opened on 14 June, bring together ...": past the relative
                        int c = k + 2;
                        while (c < i && !",".equals(tk.norm(c))) {
                            c++;
                        }
                        subject = c == i - 1;
                        break;
                    }
                    subject = EXERCISE_SUBJECT_WORDS.contains(tk.norm(k));
                }
                if (subject && EXERCISE_SUBJECT_WORDS.contains(tk.norm(s))) {
                    return true; // "It brought together 17 nations: ...", "The drills involved A, B and C"
                }
            }
        }
        return false;
    }

    /**
     * "..., which involved Philippine and American troops, with Australia and France also participating": an
     * absolute "with A and B (also) participating / taking part / joining" after the exercise adds A and B.
     */
    static void withAlsoParticipating(SentenceView v, int ex, List<Actor> parts) {
        Tokens tk = v.tk;
        for (int w = Math.max(ex, v.a); w < v.b; w++) {
            if (!"with".equals(tk.norm(w))) {
                continue;
            }
            int k = w + 1;
            List<Actor> listed = new ArrayList<>();
            k = stateList(v, k, listed);
            if (listed.isEmpty()) {
                continue;
            }
            String n = tk.norm(k);
            if ("also".equals(n) || "too".equals(n)) {
                n = tk.norm(++k);
            }
            if ("participating".equals(n) || "joining".equals(n) || "taking".equals(n) && "part".equals(tk.norm(k + 1))) {
                for (Actor a : listed) {
                    ActorLists.addUnique(parts, a);
                }
            }
        }        // "..., the air force's exercise at Y, which also drew aircraft from A, B and C": a relative on the exercise
        for (int w = Math.max(ex, v.a) + 1; w < v.b - 3; w++) {
            if (!"which".equals(tk.norm(w)) || !",".equals(tk.norm(w - 1))) {
                continue;
            }
            int k = w + 1;
            if ("also".equals(tk.norm(k))) {
                k++;
            }
            if (!GATHERING_VERBS.contains(tk.norm(k))) {
                continue;
            }
            for (int f = k + 1; f < Math.min(v.b, k + 5); f++) {
                if ("from".equals(tk.norm(f)) && FORCE_NOUNS.contains(tk.norm(f - 1))) {
                    List<Actor> listed = new ArrayList<>();
                    stateList(v, f + 1, listed);
                    for (Actor a : listed) {
                        ActorLists.addUnique(parts, a);
                    }
                    break;
                }
            }
        }
    }

    /**
     * The states of a list "A, B and the C" starting at token k (named states only, no places or references) added to
     * {@code into}; the index after the list.
     */
    static int stateList(SentenceView v, int k, List<Actor> into) {
        Tokens tk = v.tk;
        while (k < v.b) {
            Act at = null;
            for (Act ac : v.acts) {
                if (ac.s() == k || ac.s() == k + 1 && "the".equals(tk.norm(k))) {
                    at = ac;
                }
            }
            if (at == null || at.ref() || at.place() || !Actor.STATE.equals(at.actor().kind())) {
                break;
            }
            ActorLists.addUnique(into, at.actor());
            k = at.e();
            String c = tk.norm(k);
            if (",".equals(c) || "and".equals(c)) {
                k += ",".equals(c) && "and".equals(tk.norm(k + 1)) ? 2 : 1;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * True when the exercise noun at i is indefinite ("a search-and-rescue exercise", "another drill", "other
     * exercises"): a further exercise, not the one just reported.
     */
    /** "the exercise", "the drills": the exercise already reported, taken up again. */
    static boolean definite(SentenceView v, int i) {
        String p = v.tk.norm(i - 1);
        return ("the".equals(p) || "this".equals(p)) && !v.tk.norm(i).isEmpty();
    }

    static boolean indefinite(SentenceView v, int i) {
        for (int k = i - 1; k >= Math.max(v.a, i - 6); k--) {
            String w = v.tk.norm(k);
            if ("a".equals(w) || "an".equals(w) || "another".equals(w) || "other".equals(w)) {
                return true;
            }
            if ("the".equals(w) || "this".equals(w) || "that".equals(w) || "its".equals(w) || "their".equals(w)
                    || ",".equals(w) || ".".equals(w) || v.tk.isNumber(k)) {
                return false;
            }
        }
        return false;
    }

    /** True when an actor starts at token i (after an optional "the") before e. */
    private static boolean firstActAt(SentenceView v, int i, int e) {
        int j = "the".equals(v.tk.norm(i)) ? i + 1 : i;
        for (Act ac : v.acts) {
            if (ac.s() == j && ac.e() <= e) {
                return true;
            }
        }
        return false;
    }

    /** After "took part": nothing more, or "in it", "in the drills", "too": the exercise just reported. */
    private static boolean bareParticipation(SentenceView v, int i) {
        Tokens tk = v.tk;
        String w = tk.norm(i);
        if (i >= v.b || ",".equals(w) || ".".equals(w) || "too".equals(w) || "as".equals(w) && "well".equals(tk.norm(i + 1))) {
            return true;
        }
        if (!"in".equals(w)) {
            return false;
        }
        String n = tk.norm(i + 1);
        if ("it".equals(n) || "them".equals(n)) {
            return true;
        }
        if (!("the".equals(n) || "this".equals(n) || "that".equals(n) || "these".equals(n))) {
            return false;
        }
        for (int k = i + 2; k < Math.min(v.b, i + 5); k++) {
            if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(k)) || PHASE_NOUNS.contains(tk.norm(k))
                    && !"of".equals(tk.norm(k + 1))) {
                return true; // "took part in the drills", "took part in the sea phase"
            }
        }
        return false;
    }

    /**
     * "The exercise, which began on 20 May, was co-hosted this year by A, B and C": a part whose subject is the
     * exercise reported, hosted by named states (who take part in it).
     */
    private static boolean hostedByOfTheExercise(SentenceView v, int s, int i, int e) {
        Tokens tk = v.tk;
        if (!"hosted".equals(tk.norm(i)) && !"co-hosted".equals(tk.norm(i)) || !"the".equals(tk.norm(s))
                || !Lexicon.EXERCISE_NOUNS.contains(tk.norm(s + 1))) {
            return false;
        }
        int k = i + 1;
        if ("this".equals(tk.norm(k)) && "year".equals(tk.norm(k + 1))) {
            k += 2;
        } else if ("jointly".equals(tk.norm(k))) {
            k++;
        }
        return "by".equals(tk.norm(k)) && firstActAt(v, k + 1, e);
    }

    private static final Set<String> HOST_NOUNS = Set.of("hosts", "co-hosts", "host", "co-host", "cohosts", "cohost");
    private static final Set<String> HOST_HEADS = Set.of("nation", "nations", "country", "countries", "state",
            "states");

    /**
     * "in Ghana and Togo, the co-hosts,", "in Peru, the host nation.": an apposition that calls the venue the
     * exercise's host(s); not "in Ghana, the host of last year's summit" (the host of something else).
     */
    private static boolean hostAppositive(SentenceView v, Act ac) {
        Tokens tk = v.tk;
        int k = ac.e();
        if (!",".equals(tk.norm(k)) || !"the".equals(tk.norm(k + 1))) {
            return false;
        }
        k += 2;
        if ("two".equals(tk.norm(k)) || "three".equals(tk.norm(k)) || "joint".equals(tk.norm(k))) {
            k++;
        }
        if ("co".equals(tk.norm(k)) && "-".equals(tk.norm(k + 1))) {
            k += 2;
        }
        if (!HOST_NOUNS.contains(tk.norm(k))) {
            return false;
        }
        k++;
        if (k < v.b && HOST_HEADS.contains(tk.norm(k))) {
            k++;
        }
        return k >= v.b || !"of".equals(tk.norm(k)) && !"for".equals(tk.norm(k)) && !"to".equals(tk.norm(k));
    }

    /** "Besides the two hosts", "in addition to the hosts": the hosts, taken up to add other participants. */
    private static boolean besidesHosts(SentenceView v, int i) {
        String w = v.tk.norm(i);
        if (!"hosts".equals(w) && !"host".equals(w)) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(v.a, i - 4); k--) {
            String x = v.tk.norm(k);
            if (BESIDES_WORDS.contains(x)) {
                return true;
            }
            if (!("the".equals(x) || "two".equals(x) || "three".equals(x) || "four".equals(x) || "from".equals(x)
                    || "to".equals(x) || "in".equals(x) || "co".equals(x) || "-".equals(x) || "nations".equals(x))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when an actor is the imagined enemy or a role of a scenario ("repelling a Russian assault", "a simulated
     * NATO attack", "officials playing the United States", "a blockade of Taiwan") or only watches ("observers from
     * Malaysia"): no participant.
     */
    private static boolean scenarioOrWatcher(SentenceView v, Act ac, int floor) {
        Tokens tk = v.tk;
        int p = ac.s() - 1;
        while (p > floor && ("the".equals(tk.norm(p)) || "a".equals(tk.norm(p)) || "an".equals(tk.norm(p)))) {
            p--;
        }
        String p1 = tk.norm(p);
        String p2 = tk.norm(p - 1);
        if (("of".equals(p1) || "on".equals(p1) || "by".equals(p1) || "against".equals(p1)) && ATTACK_NOUNS.contains(p2)) {
            return true;
        }
        if (("from".equals(p1) || "of".equals(p1)) && WATCHER_NOUNS.contains(p2)) {
            return true;
        }
        for (int q = ac.s() - 1; q >= Math.max(floor, ac.s() - 6); q--) {
            String w = tk.norm(q);
            if (",".equals(w) || ";".equals(w) || "during".equals(w) || "alongside".equals(w) || "with".equals(w)
                    || "together".equals(w) || Lexicon.EXERCISE_NOUNS.contains(w)) {
                return false;
            }
            if (SIMULATION_CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SOME_WORDS = Set.of("several", "other", "some", "many", "various", "few",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a");
    private static final Set<String> MEMBER_NOUNS = Set.of("allies", "members", "member", "partners", "states",
            "countries", "nations", "armies", "navies");

    /**
     * "troops from several NATO allies", "units of other EU members": a non-state group named only as the home of
     * some unnamed members, no participant itself.
     */
    private static boolean unnamedMembers(SentenceView v, Act ac) {
        return !Actor.STATE.equals(ac.actor().kind()) && ac.actor().iso3() == null
                && MEMBER_NOUNS.contains(v.tk.norm(ac.e())) && SOME_WORDS.contains(v.tk.norm(ac.s() - 1));
    }

    /** "with Nigeria also watching from a patrol boat", "with Japan looking on": a watcher, not a participant. */
    private static boolean watchingAfter(SentenceView v, Act ac) {
        int k = ac.e();
        String n = v.tk.norm(k);
        if ("also".equals(n) || "too".equals(n)) {
            n = v.tk.norm(++k);
        }
        return "watching".equals(n) || "observing".equals(n) || "monitoring".equals(n)
                || "looking".equals(n) && "on".equals(v.tk.norm(k + 1));
    }

    private static boolean scenarioFree(SentenceView v, Act ac) {
        return !scenarioOrWatcher(v, ac, v.a);
    }

    /** "the coast guards of India": the guards of a state, not a coast (Roles reads "coast ... of X" as a place). */
    private static boolean coastGuardOf(SentenceView v, Act ac) {
        int p = beforeArticle(v, ac);
        return "of".equals(v.tk.norm(p)) && ("guards".equals(v.tk.norm(p - 1)) || "guard".equals(v.tk.norm(p - 1)))
                && "coast".equals(v.tk.norm(p - 2));
    }

    private static boolean ownedPlace(SentenceView v, Act ac) {
        String n = v.tk.norm(ac.e());
        return OWNED_PLACE_AFTER.contains(n) && !("coast".equals(n) && "guard".equals(v.tk.norm(ac.e() + 1)));
    }

    /**
     * "The X army, meanwhile, drills with its patrons: its soldiers trained alongside A and B during N": "its"
     * before a force noun, as the subject of the trigger's clause, stands for the actor the sentence opens with.
     */
    private static Act possessiveOwner(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        int i = cs;
        if (i >= t || !"its".equals(tk.norm(i)) || !ExerciseNouns.FORCE_NOUNS.contains(tk.norm(i + 1))) {
            return null;
        }
        for (Act ac : v.acts) {
            if (ac.s() >= cs) {
                return null;
            }
            if (!ac.ref() && ac.s() <= v.a + 1) {
                return ac;
            }
        }
        return null;
    }

    /** True when the exercise at ex is named or headed right at j ("Russia's Vostok-2022 exercise"). */
    private static boolean ownsExercise(SentenceView v, int j, int ex) {
        if (Math.abs(ex - j) > 5) {
            return false;
        }
        for (NameMention nm : v.names) {
            if (nm.tokStart() == j) {
                return true;
            }
        }
        int k = skipModifiers(v, j);
        return k < v.b && ExerciseNouns.isExerciseNoun(v, k) && (k == ex || j == ex);
    }

    private static int skipModifiers(SentenceView v, int i) {
        int k = i;
        while (k < v.b && Lexicon.EXERCISE_MODIFIERS.contains(v.tk.norm(k)) && !Lexicon.EXERCISE_NOUNS.contains(v.tk.norm(k))) {
            k++;
        }
        return k;
    }

    /** The token before an actor, past a "the" right before it ("over the Netherlands": "over"). */
    private static int beforeArticle(SentenceView v, Act ac) {
        int p = ac.s() - 1;
        return "the".equals(v.tk.norm(p)) ? p - 1 : p;
    }

    /** "over the Netherlands", "above Poland and the Baltic": an airspace, the venue of an exercise. */
    private static boolean overhead(SentenceView v, Act ac) {
        int p = beforeArticle(v, ac);
        String w = v.tk.norm(p);
        if ("over".equals(w) || "above".equals(w)) {
            return true;
        }
        // the rest of a list after "over": "over Estonia, Latvia and Lithuania"
        for (Act prev : v.acts) {
            if (prev.e() <= ac.s() && prev != ac && Clauses.listConnected(v, prev, ac) && overhead(v, prev)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The CSTO's rapid reaction forces held X ..., with troops from A, B and C": an alliance that owns the forces
     * of an exercise its member states' troops carry out organises it; the members take part.
     */
    private static boolean ownsForces(SentenceView v, Act ac) {
        String n = v.tk.norm(ac.e());
        if (!"'s".equals(n) && !"\u2019s".equals(n)) {
            return false;
        }
        for (int k = ac.e() + 1; k < Math.min(v.b, ac.e() + 5); k++) {
            if (FORCE_NOUNS.contains(v.tk.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** "organised by the CSTO", "under the aegis of NATO": an alliance that runs an exercise its members hold. */
    private static boolean organiser(SentenceView v, Act ac) {
        int p = beforeArticle(v, ac);
        String p1 = v.tk.norm(p);
        String p2 = v.tk.norm(p - 1);
        return "by".equals(p1) && ("organised".equals(p2) || "organized".equals(p2) || "run".equals(p2)
                || "led".equals(p2) || "coordinated".equals(p2)) || "under".equals(p1);
    }

    /** "took part in the X exercise held in B": B is the venue, not a participant, even in a joint exercise. */
    private static boolean venueOfReducedRelative(SentenceView v, Act wk) {
        Tokens tk = v.tk;
        int p = wk.s() - 1;
        if ("the".equals(tk.norm(p))) {
            p--;
        }
        if (!("in".equals(tk.norm(p)) || "at".equals(tk.norm(p))) || !VENUE_PARTICIPLES.contains(tk.norm(p - 1))) {
            return false;
        }
        int before = p - 2;
        if (Lexicon.EXERCISE_NOUNS.contains(tk.norm(before))) {
            return true;
        }
        for (NameMention nm : v.names) {
            if (nm.tokEnd() == before + 1) {
                return true;
            }
        }
        return false;
    }

    /** A word of the clause that makes one named participant a part of a larger exercise ("took part", "joint"). */
    static boolean participationCue(SentenceView v, int cs, int ce) {
        for (int i = Math.max(v.a, cs - 1); i < Math.min(v.b, ce + 1); i++) {
            if (PARTICIPATION_WORDS.contains(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that sum up a whole reported act in a comment after it ("..., a move that angered X"). */
    private static final Set<String> COMMENT_NOUNS = Set.of("move", "step", "decision", "development", "signal",
            "gesture", "message", "show", "sign");

    /**
     * "Armenian and US troops began an exercise near the capital, a move that has angered Russia": a noun in
     * apposition to the whole clause, with a relative clause of its own, comments on the act; those it names (who
     * were angered, alarmed, protested) take no part, so the trigger's clause ends at the comma.
     */
    private static int commentAppositionStart(SentenceView v, int from, int ce) {
        Tokens tk = v.tk;
        for (int k = from + 1; k < ce - 3; k++) {
            if (!",".equals(tk.norm(k)) || !"a".equals(tk.norm(k + 1)) && !"an".equals(tk.norm(k + 1))) {
                continue;
            }
            int h = k + 2;
            while (h < Math.min(ce, k + 5) && !COMMENT_NOUNS.contains(tk.norm(h)) && tk.isWord(h)
                    && !tk.capitalised(h)) {
                h++;
            }
            if (h >= ce - 1 || !COMMENT_NOUNS.contains(tk.norm(h))) {
                continue;
            }
            int r = h + 1;
            if ("of".equals(tk.norm(r)) && tk.isWord(r + 1)) {
                r += 2; // "a show of force that", "a sign of defiance which"
            }
            if (r < ce && ("that".equals(tk.norm(r)) || "which".equals(tk.norm(r)))) {
                return k;
            }
        }
        return ce;
    }

    /**
     * "..., a small drill that the Iranian foreign ministry condemned": a relative clause after an exercise noun
     * with a subject of its own (a bystander that comments); the clause of the trigger ends before it.
     */
    private static int bystanderClauseStart(SentenceView v, int from, int ce) {
        for (int k = from + 1; k < ce; k++) {
            String w = v.tk.norm(k);
            if (("that".equals(w) || "which".equals(w)) && Lexicon.EXERCISE_NOUNS.contains(v.tk.norm(k - 1))) {
                int subj = "the".equals(v.tk.norm(k + 1)) ? k + 2 : k + 1;
                for (Act ac : v.acts) {
                    if (ac.s() == subj && !ac.ref()) {
                        return k;
                    }
                }
            } else if ("that".equals(w) || "which".equals(w)) {
                // "in a show of solidarity that neighbouring X's foreign ministry called a threat": a source comments
                int subj = k + 1;
                while (subj < k + 3 && BYSTANDER_MODIFIERS.contains(v.tk.norm(subj))) {
                    subj++;
                }
                for (Act ac : v.acts) {
                    if (ac.s() == subj && !ac.ref()) {
                        for (int q = ac.e(); q < Math.min(ce, ac.e() + 4); q++) {
                            if (Lexicon.SOURCE_NOUNS.contains(v.tk.norm(q))) {
                                return k;
                            }
                        }
                        for (int q = ac.s(); q < ac.e(); q++) {
                            if (Lexicon.SOURCE_NOUNS.contains(v.tk.norm(q))) {
                                return k; // "the Iranian foreign ministry" read as one actor
                            }
                        }
                    }
                }
            }
        }
        return ce;
    }

    private static final Set<String> BYSTANDER_MODIFIERS = Set.of("the", "neighbouring", "neighboring", "nearby",
            "rival");

    /** Spans before "after"/"before" that open a time clause: "days after", "weeks before", "shortly after". */
    private static final Set<String> TIME_SPANS = Set.of("days", "weeks", "months", "hours", "shortly", "soon",
            "just", "day", "week", "month", "year", "years", "only");

    /** Finite verbs of a background clause: "as tensions with X rise", "as talks with Y remain deadlocked". */
    private static final Set<String> BACKGROUND_VERBS = Set.of("rise", "rises", "rose", "remain", "remains",
            "remained", "continue", "continues", "continued", "mount", "mounts", "mounted", "grow", "grows", "grew",
            "simmer", "simmers", "simmered", "persist", "persists", "persisted", "stall", "stalls", "stalled",
            "escalate", "escalates", "escalated", "deepen", "deepens", "deepened", "flare", "flares", "flared",
            "drag", "drags", "dragged", "is", "are", "was", "were");

    /**
     * "Egyptian and Sudanese forces began drills ..., as talks with Ethiopia remain deadlocked", "A and B launch
     * drills as tensions with C rise": a clause of circumstance after "as" with its own subject and verb names a
     * state in the background, no participant; the index of that "as", or ce.
     */
    private static int circumstanceClauseStart(SentenceView v, int from, int ce) {
        for (int k = from + 1; k + 2 < ce; k++) {
            if (("after".equals(v.tk.norm(k)) || "before".equals(v.tk.norm(k))) && TIME_SPANS.contains(v.tk.norm(k - 1))) {
                // "..., days after X staged manoeuvres near its border": a time clause with a subject of its own
                for (Act ac : v.acts) {
                    if ((ac.s() == k + 1 || ac.s() == k + 2 && "the".equals(v.tk.norm(k + 1))) && !ac.ref()) {
                        for (int q = ac.e(); q < Math.min(ce, ac.e() + 3); q++) {
                            String w = v.tk.norm(q);
                            if (w.endsWith("ed") || Lexicon.EXERCISE_VERBS.contains(w) || "began".equals(w)) {
                                return k;
                            }
                        }
                    }
                }
            }
            if (!"as".equals(v.tk.norm(k)) || "well".equals(v.tk.norm(k + 1)) || "such".equals(v.tk.norm(k - 1))
                    || "part".equals(v.tk.norm(k + 1))) {
                continue;
            }
            boolean actor = false;
            for (int j = k + 1; j < Math.min(ce, k + 10); j++) {
                String w = v.tk.norm(j);
                for (Act ac : v.acts) {
                    actor |= ac.s() == j;
                }
                if (BACKGROUND_VERBS.contains(w) && actor && j > k + 2) {
                    return k;
                }
                if (",".equals(w) || Lexicon.EXERCISE_NOUNS.contains(w)) {
                    break;
                }
            }
        }
        return ce;
    }

    /**
     * ", and Georgian officials used it to ...": a new clause whose subject is a source (officials, the ministry)
     * ends the list of participants; the index of its comma, or ce.
     */
    private static int sourceClauseStart(SentenceView v, int from, int ce) {
        for (int k = from + 1; k + 1 < ce; k++) {
            if (!",".equals(v.tk.norm(k)) || !"and".equals(v.tk.norm(k + 1))) {
                continue;
            }
            int subj = "the".equals(v.tk.norm(k + 2)) ? k + 3 : k + 2;
            for (Act ac : v.acts) {
                if (ac.s() == subj && !ac.ref() && Lexicon.SOURCE_NOUNS.contains(v.tk.norm(ac.e()))) {
                    return k;
                }
            }
        }
        return ce;
    }

    /** Verbs of a source that closes a report: "..., a Turkish navy official confirmed". */
    private static final Set<String> SAYING = Set.of("said", "says", "confirmed", "confirms", "told", "added",
            "noted", "stated", "reported", "announced", "disclosed", "revealed", "claimed", "insisted");

    /**
     * "..., a senior X defence official said", "..., the Y navy spokesman confirmed": a closing clause whose subject
     * is a source of some state says who reported the exercise, not who took part; the index of its comma, or ce.
     */
    private static int closingSourceStart(SentenceView v, int from, int ce) {
        for (int k = from + 1; k + 2 < ce; k++) {
            if (!",".equals(v.tk.norm(k))) {
                continue;
            }
            for (Act ac : v.acts) {
                if (ac.s() <= k || ac.s() > k + 4 || ac.ref()) {
                    continue;
                }
                for (int q = ac.s(); q < Math.min(ce, ac.e() + 4); q++) {
                    if (Lexicon.SOURCE_NOUNS.contains(v.tk.norm(q)) && SAYING.contains(v.tk.norm(q + 1))) {
                        return k;
                    }
                }
            }
        }
        return ce;
    }

    /**
     * "..., with 17 other countries — India for the first time among them — taking part": the actors of a dash
     * parenthesis right after the clause that says they were among those taking part.
     */
    private static List<Act> dashParticipants(SentenceView v, int ce) {
        Tokens tk = v.tk;
        if (ce >= v.b || !"\u2014".equals(tk.norm(ce)) && !("-".equals(tk.norm(ce)) && tk.spaceBefore(ce))) {
            return List.of();
        }
        int close = -1;
        boolean among = false;
        for (int k = ce + 1; k < Math.min(v.b, ce + 16); k++) {
            String w = tk.norm(k);
            if ("among".equals(w) || "including".equals(w)) {
                among = true;
            }
            if (w.equals(tk.norm(ce))) {
                close = k;
                break;
            }
        }
        if (close < 0 || !among) {
            return List.of();
        }
        String a1 = tk.norm(close + 1);
        String a2 = tk.norm(close + 2);
        if (!(("taking".equals(a1) || "took".equals(a1)) && "part".equals(a2) || "participating".equals(a1))) {
            return List.of();
        }
        List<Act> out = new ArrayList<>();
        for (Act ac : v.acts) {
            if (ac.s() > ce && ac.e() <= close && !ac.ref()) {
                out.add(ac);
            }
        }
        return out;
    }

    private static List<Act> actsAsList(List<Actor> actors) {
        List<Act> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(new Act(0, 0, a, false, false));
        }
        return out;
    }

    /** Words right after a list of actors that make the list watchers: "present as observers", "as observers". */
    private static final Set<String> PRESENCE_WORDS = Set.of("present", "attending", "participating", "invited",
            "also", "only", "were", "was", "sent", "attended");

    /** "..., with A and B present as observers", "A and B attended as observers": the actor ends a list of watchers. */
    private static boolean watchersAfter(SentenceView v, Act ac) {
        int k = ac.e();
        for (int n = 0; n < 2 && PRESENCE_WORDS.contains(v.tk.norm(k)); n++) {
            k++;
        }
        return "as".equals(v.tk.norm(k)) && WATCHER_NOUNS.contains(v.tk.norm(k + 1))
                || k > ac.e() && WATCHER_NOUNS.contains(v.tk.norm(k)) && !"delegations".equals(v.tk.norm(k))
                && !"delegation".equals(v.tk.norm(k));
    }

    /** "held a drill ... on their way to X", "bound for X": the next port of call, no participant. */
    private static boolean destination(SentenceView v, Act ac) {
        int p = beforeArticle(v, ac);
        String p1 = v.tk.norm(p);
        String p2 = v.tk.norm(p - 1);
        return "to".equals(p1) && ("way".equals(p2) || "route".equals(p2) || "onward".equals(p2)
                || "heading".equals(p2) || "headed".equals(p2) || "continuing".equals(p2))
                || "for".equals(p1) && ("bound".equals(p2) || "headed".equals(p2) || "heading".equals(p2)
                || "leaving".equals(p2) || "departing".equals(p2));
    }

    /** "a UN mandate", "NATO-mandated": the body that authorised; "MiG-29s": a maker's model, no participant. */
    private static boolean mandateOrModel(SentenceView v, Act ac) {
        Tokens tk = v.tk;
        String n = tk.norm(ac.e());
        if ("mandate".equals(n) || "mandated".equals(n) || "-".equals(n) && "mandated".equals(tk.norm(ac.e() + 1))) {
            return true;
        }
        return !Actor.STATE.equals(ac.actor().kind()) && "-".equals(n) && !tk.spaceBefore(ac.e())
                && ac.e() + 1 < v.b && !tk.spaceBefore(ac.e() + 1) && tk.norm(ac.e() + 1).matches("\\d.*");
    }

    /** Verbs of an enemy coming in: "armed groups crossing from X", "militants infiltrating from X". */
    private static final Set<String> INCURSION_VERBS = Set.of("crossing", "crossed", "infiltrating", "infiltrated",
            "entering", "advancing", "attacking", "invading", "coming", "pushing", "slipping");

    /** "practising the destruction of armed groups crossing from X": where the imagined enemy comes from. */
    private static boolean incursionFrom(SentenceView v, Act ac) {
        int p = beforeArticle(v, ac);
        return "from".equals(v.tk.norm(p)) && INCURSION_VERBS.contains(v.tk.norm(p - 1));
    }

    /** "South America", "Latin America": a continent, not the United States that "America" names alone. */
    private static boolean continent(SentenceView v, Act ac) {
        String p = v.tk.norm(ac.s() - 1);
        return "america".equalsIgnoreCase(v.tk.cleanSpan(ac.s(), ac.e())) && ("south".equals(p) || "latin".equals(p)
                || "central".equals(p) || "north".equals(p));
    }

    /** "drills around Taiwan", "encircling X": the place surrounded by an exercise, not a participant. */
    private static boolean encircled(SentenceView v, Act ac) {
        String p1 = v.tk.norm(beforeArticle(v, ac));
        return "around".equals(p1) || "encircling".equals(p1) || "surrounding".equals(p1) || "encircle".equals(p1)
                || "surround".equals(p1);
    }

    /**
     * "Turkey, which has threatened to block the Finnish and Swedish bids, sent a frigate": actors inside a
     * relative clause ", which / who ... ," on an actor are what that clause is about, not participants, when the
     * trigger at t comes after the clause ("Cambodia, which hosted China for the drills, ..." keeps China).
     */
    private static boolean inRelativeOfActor(SentenceView v, Act ac, int t) {
        for (int k = ac.s() - 1; k > v.a && k >= ac.s() - 14; k--) {
            String w = v.tk.norm(k);
            if (",".equals(w) || ";".equals(w) || "(".equals(w) || ")".equals(w)) {
                return false;
            }
            if (("which".equals(w) || "who".equals(w)) && ",".equals(v.tk.norm(k - 1)) && k + 1 < ac.s()) {
                for (Act o : v.acts) {
                    if (o.e() == k - 1 && !o.ref()) {
                        int close = closingComma(v, ac.e());
                        return close >= 0 && close < t;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The comma that closes a relative clause within a few words after {@code e}, or -1. */
    private static int closingComma(SentenceView v, int e) {
        for (int k = e; k < Math.min(v.b - 1, e + 10); k++) {
            String w = v.tk.norm(k);
            if (",".equals(w)) {
                return k;
            }
            if (".".equals(w) || ";".equals(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs that open a clause about something other than the exercise ("and A and B signed a pact"). */
    private static final Set<String> OTHER_CLAUSE_VERBS = Lexicon.union(Lexicon.DEAL_VERBS, Lexicon.PURCHASE_VERBS,
            Set.of("agreed", "announced", "said", "opened", "unveiled", "discussed", "met", "launched", "pledged",
                    "promised", "vowed", "warned", "condemned", "protested", "criticised", "criticized", "offered"));
    /** Auxiliaries between a subject and its verb: "and the bloc has pledged", "and X had also promised". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "also",
            "since", "later", "already", "then", "itself");

    /**
     * "A and B held the X exercise in June, and in the same month C and D signed a partnership": a coordinated clause
     * with subjects and a verb of its own (a deal, a statement) ends the list of participants; its comma, or ce.
     */
    private static int coordinateClauseStart(SentenceView v, int from, int ce) {
        for (int k = from + 1; k + 2 < ce; k++) {
            if (!",".equals(v.tk.norm(k)) || !"and".equals(v.tk.norm(k + 1))) {
                continue;
            }
            int lastEnd = -1;
            for (int j = k + 2; j < Math.min(ce, k + 20); j++) {
                String w = v.tk.norm(j);
                if (",".equals(w) || ";".equals(w)) {
                    break;
                }
                for (Act ac : v.acts) {
                    if (ac.s() == j && !ac.ref()) {
                        lastEnd = ac.e();
                    }
                }
                if (lastEnd > 0 && j >= lastEnd && OTHER_CLAUSE_VERBS.contains(w)) {
                    boolean aux = true;
                    for (int q = lastEnd; q < j; q++) {
                        aux &= AUXILIARIES.contains(v.tk.norm(q));
                    }
                    if (aux) {
                        return k;
                    }
                }
            }
        }
        return ce;
    }
}
