package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** Verbs of saying that shift "will" back to "would" in reported speech. */
    private static final Set<String> SAYING = Set.of("said", "stated", "declared", "announced", "reiterated",
            "insisted", "stressed", "repeated", "told", "confirmed", "added", "made clear");

    /**
     * "Islamabad said Pakistan would not recognise Israel": a reported "will not", a stance stated now, not a
     * condition; still conditional with "if", "unless" or "until" in the clause.
     */
    private static boolean reportedWould(SentenceView v, int i, int cs, int ce) {
        if (!"would".equals(v.tk.norm(i))) {
            return false;
        }
        boolean said = false;
        for (int q = Math.max(v.a, i - 8); q < i; q++) {
            if (SAYING.contains(v.tk.norm(q))) {
                said = true;
            }
        }
        for (int q = cs; q < ce; q++) {
            String w = v.tk.norm(q);
            if ("if".equals(w) || "unless".equals(w) || "until".equals(w) || "before".equals(w)) {
                return false;
            }
        }
        return said;
    }

    /**
     * "urged Serbia not to recognise", "called on states to refuse recognition": a demand verb governs the trigger
     * through "to" (or "should"/"must"); not "which calls Kosovo a province and does not recognise".
     */
    private static boolean demandReaches(Tokens tk, int demand, int t) {
        for (int i = demand + 1; i < t; i++) {
            String x = tk.norm(i);
            if ("to".equals(x) || "should".equals(x) || "must".equals(x)) {
                return true;
            }
        }
        return false;
    }

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

    /** Verb forms of "recognise" that can follow a subject directly ("Neither A nor B recognises C"). */
    private static final Set<String> FINITE_RECOGNISE = Set.of("recognise", "recognize", "recognises", "recognizes",
            "recognised", "recognized", "acknowledge", "acknowledges", "acknowledged");
    /** What may stand between a subject and its verb: auxiliaries and adverbs ("has formally recognised"). */
    private static final Set<String> SUBJECT_GAP = Set.of("has", "have", "had", "does", "do", "did", "ever",
            "formally", "officially", "diplomatically", "still", "yet", "so", "far", "fully", "explicitly", "legally");
    /** Heads of a quantified subject that names nobody by itself: "no state", "no UN member". */
    private static final Set<String> QUANTIFIED_HEADS = Set.of("state", "states", "country", "countries", "nation",
            "nations", "government", "governments", "member", "members", "capital", "capitals", "monarchy",
            "monarchies", "republic", "republics", "one", "neighbour", "neighbours", "neighbor", "neighbors");
    /** Words of an exception in a quantified subject: the actor after them recognises ("no state except X"). */
    private static final Set<String> EXCEPTIONS = Set.of("except", "besides", "other", "apart", "save", "but", "bar",
            "beyond", "aside", "outside", "excluding", "barring");
    /** Auxiliaries of an elliptical clause: ", and neither does B", ", nor has B", "B has not either". */
    private static final Set<String> ELLIPSIS_AUX = Set.of("does", "do", "did", "has", "have", "had");
    /** Determiners of a description that refers back to an entity: "the breakaway region", "its former province". */
    private static final Set<String> ANAPHOR_DETERMINERS = Set.of("the", "that", "this", "its", "their");
    /** Words inside such a description before its head ("the self-declared", "its former"). */
    private static final Set<String> ANAPHOR_MODIFIERS = Set.of("former", "breakaway", "self", "-", "declared",
            "proclaimed", "self-declared", "self-proclaimed", "separatist", "secessionist", "de", "facto", "new",
            "current", "present", "rebel", "renegade", "militant", "so-called", "would-be", "unrecognised",
            "unrecognized", "disputed", "interim", "islamist", "young", "fledgling", "tiny");
    /** Heads of a description that stands for an entity without a seat of its own named before. */
    private static final Set<String> ANAPHOR_HEADS = Set.of("government", "regime", "authorities", "administration",
            "territory", "region", "province", "republic", "enclave", "entity", "state", "statelet", "emirate");
    /** After "it" as the object of "recognise": what shows "it" is not the start of a clause ("acknowledge it was"). */
    private static final Set<String> CLAUSE_VERBS_AFTER_IT = Set.of("was", "is", "had", "has", "would", "will",
            "could", "did", "does", "were", "should", "must", "can", "might", "may");

    /**
     * Modifiers in a recognition object that say how the entity came about or who stands behind it: "the
     * self-declared", "the so-called", "the Russian-backed". Dropped before the object is checked.
     */
    private static final Pattern OBJECT_MODIFIERS = Pattern.compile("^the ((self-(declared|proclaimed|styled)"
            + "|so-called|breakaway|separatist|secessionist|rebel|de facto|unrecognised|unrecognized|would-be"
            + "|[\\p{L}]+-(backed|supported|sponsored|installed|controlled|allied|appointed)) )+");
    /** "the Russian-backed authorities": after a state and "-", the state is the sponsor, not the target. */
    private static final Set<String> SPONSORED = Set.of("backed", "supported", "sponsored", "installed",
            "controlled", "allied", "appointed", "funded", "armed");
    /** After an entity: it rules ("the Taliban administration", "a Taliban-appointed envoy"). */
    private static final Set<String> RULING_HEADS = Set.of("government", "regime", "administration", "authorities",
            "rule", "leadership", "cabinet", "rulers", "authority");
    /** "a Taliban-appointed envoy", "the Taliban-led government": the entity rules. */
    private static final Set<String> RULING_PARTICIPLES = Set.of("appointed", "led");
    /** Plural group nouns: a state before them modifies the group ("the Latin American states"). */
    private static final Set<String> GROUP_NOUNS = Set.of("states", "countries", "nations", "governments", "members",
            "republics", "monarchies", "capitals", "neighbours", "neighbors", "allies", "partners");
    /** "On Cyprus, ...", "Regarding Kosovo, ...": a topic phrase, not the subject. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "over", "about", "regarding", "concerning",
            "in", "for", "as", "with", "towards", "toward");
    /** Compass words for "the authorities in the north", "the north's institutions". */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");
    /** What "the north's ..." may be: the entity's institutions. */
    private static final Set<String> INSTITUTIONS = Set.of("institutions", "authorities", "government",
            "administration", "leadership", "regime", "parliament");
    /** "The others are ...", "the other three are", "the remaining two were": the rest of a counted group. */
    private static final Set<String> REST_HEADS = Set.of("others", "rest", "remainder");
    private static final Set<String> REST_ADJECTIVES = Set.of("other", "remaining");
    private static final Set<String> ARE_FORMS = Set.of("are", "were", "was", "is", "include", "included");
    private static final Set<String> COUNT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** Relative pronouns that open a clause about the noun before them. */
    private static final Set<String> RELATIVE = Set.of("which", "who", "whose");

    /**
     * Things a state may decline to recognise that are no state or entity, named by nouns that are no verbs: after a
     * demonym ("the Armenian genocide", "Kosovar passports") or as what "it" may stand for ("issued a decree ..., and
     * X does not recognise it").
     */
    private static final Set<String> THINGS = Set.of("genocide", "massacre", "massacres", "killings", "annexation",
            "occupation", "election", "elections", "referendum", "referendums", "result", "results",
            "outcome", "decree", "decrees", "law", "laws", "ruling", "rulings", "verdict", "agreement", "agreements",
            "treaty", "accord", "border", "borders", "passport", "passports", "documents", "decision", "marriage",
            "marriages", "currency", "court", "courts", "jurisdiction", "debt", "debts", "diplomas", "licence",
            "licences", "license", "licenses", "visas", "visa", "crimes", "atrocities", "famine", "deportation",
            "deportations", "expulsion", "boundary", "boundaries", "annexations", "takeover", "seizure", "conquest",
            "mandate");
    /** Such things named by words that are also verbs ("claims", "vote"): only right after a demonym. */
    private static final Set<String> THING_VERBS = Set.of("claim", "claims", "vote", "votes", "poll", "polls", "deal",
            "deals", "move", "plan", "sale", "title", "titles", "degree", "degrees", "plates", "map", "maps", "line",
            "rule", "control", "presence");
    /** After a state's name (or its leader's): its government, whose legitimacy is another question than statehood. */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "regime", "administration", "cabinet");
    /** Words after a demonym or other alias that show it names the entity itself ("the Sahrawi republic"). */
    private static final Set<String> ENTITY_HEADS = Set.of("government", "governments", "regime", "state", "republic",
            "authorities", "administration", "leadership", "independence", "statehood", "sovereignty", "people",
            "nation", "entity", "emirate");
    /** Words that may follow the target and close its noun phrase ("Kosovo as", "Kosovo either", "Taiwan since"). */
    private static final Set<String> AFTER_TARGET = Set.of("as", "either", "and", "or", "nor", "since", "despite",
            "because", "until", "while", "even", "at", "in", "but", "for", "yet", "although", "though", "on", "after",
            "before", "when", "ever", "unless", "so", "which", "who", "whose", "that", "itself", "by", "with", "from",
            "under", "without", "amid", "to", "is", "was", "has", "had", "today", "now", "anymore", "still", "let",
            "whatever", "however", "if", "than", "whether", "also", "too", "being", "the", "of", "over", "into",
            "during", "through", "against", "per", "via");

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
        if (v.index > 0 && v.b - v.a <= 12) {
            elliptical(v, out);
        }
        if (v.index > 0 && "the".equals(tk.norm(v.a))) {
            restOfGroup(v, out, views.get(v.index - 1));
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
            // "Neither A nor B recognises C", "no state, including B, has recognised C": the subject negates
            List<Actor> named = FINITE_RECOGNISE.contains(w) ? negativeSubject(v, cs, t) : null;
            if (named != null) {
                if (named.isEmpty()) {
                    continue; // "no state except Turkey recognises ...": nobody named withholds
                }
                negated = true;
            }
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
                if (Lexicon.DEMAND_VERBS.contains(x) && demandReaches(tk, i, t) || "longer".equals(x) && "no".equals(tk.norm(i - 1))
                        || CONDITIONAL_OR_ENDED.contains(x) && !("may".equals(x) && tk.capitalised(i))
                        && !reportedWould(v, i, cs, ce)) {
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
                        if (ac.s() > t) {
                            acts.add(ac);
                        }
                    }
                }
                boolean inClause = false;
                for (int k = 0; k < acts.size(); k++) {
                    Act ak = acts.get(k);
                    if (ak.e() <= negAt && states.stateOf(ak.actor()) != null && !notSubject(v, ak)) {
                        inClause = true;
                    }
                }
                Act ante = inClause || named != null || RELATIVE.contains(tk.norm(cs)) ? null
                        : Clauses.antecedent(v, cs);
                if (ante != null && states.stateOf(ante.actor()) != null) {
                    // "Iran, which lets envoys of X use its embassy in Tehran, has not recognised ...": the noun
                    // the relative clause hangs on is the subject
                    addWithholder(withholders, ante);
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
                            && !notSubject(v, ak)
                            && !(wIdx >= 0 && appositivePossessive(v, acts.get(wIdx), ak))
                            && !(wIdx >= 0 && ak.place() && Lexicon.PLACE_PREPOSITIONS.contains(tk.norm(ak.s() - 1)))) {
                        wIdx = k;
                    }
                }
                if (wIdx < 0 && named == null && withholders.isEmpty() && cs > v.a
                        && ("which".equals(tk.norm(cs)) || "who".equals(tk.norm(cs)))) {
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
                    if (acts.get(k).s() > after && !sponsor(v, acts.get(k))) {
                        tIdx = k;
                        break;
                    }
                }
                anaphor = nonRecognition ? -1 : anaphorEnd(v, t);
                List<Actor> shared = nonRecognition ? List.of() : sharedHead(v, t);
                if (!shared.isEmpty()) {
                    targets.addAll(shared); // "the Donetsk and Luhansk people's republics"
                    tIdx = -1;
                    anaphor = -1;
                }
                if (!nonRecognition && compassAt(v, t) >= 0) {
                    tIdx = -1; // "the north's institutions and considers the area Turkish-occupied"
                    anaphor = -1;
                }
                if (anaphor >= 0 && tIdx >= 0 && acts.get(tIdx).s() < anaphor) {
                    anaphor = -1; // "the Taliban government": the entity is named in the object itself
                }
                if (anaphor >= 0) {
                    tIdx = -1; // "recognise it either, despite ties with Ankara": the object is the reference
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
                    if (between.startsWith("the ")) {
                        // "the self-declared", "the Russian-backed authorities in": how the entity came about
                        between = OBJECT_MODIFIERS.matcher(between + " ").replaceFirst("the ").strip();
                    }
                    if (A_STATE_OF.contains(between) && ("state".equals(tk.norm(ta.e()))
                            || "statehood".equals(tk.norm(ta.e())))) {
                        between = ""; // "does not recognise a Palestinian state": the state of that people
                    }
                    if ((RECOGNITION_ENTITY_OBJECT.contains(between) || "the regime in".equals(between))
                            && !Actor.OTHER.equals(ta.actor().kind())) {
                        // "the government in Kabul" after "a Taliban-appointed envoy": the movement that rules there
                        Actor ruler = Actor.STATE.equals(ta.actor().kind()) ? ruler(v, views, t, ta) : null;
                        if (ruler != null) {
                            targets.add(ruler);
                        } else if (RECOGNITION_ENTITY_OBJECT.contains(between)) {
                            continue; // "the government in Caracas": a government, not the state
                        }
                    }
                    if (targets.isEmpty() && !RECOGNITION_OBJECT.contains(between)
                            && !RECOGNITION_ENTITY_OBJECT.contains(between)
                            && !(nonRecognition && (between.isEmpty()
                            || between.equals("towards") || between.equals("toward") || between.equals("of")
                            || between.equals("regarding")))) {
                        continue;
                    }
                    if (targets.isEmpty()) { // not the ruler of a capital
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
                        if (!standsAlone(v, ta)) {
                            continue; // "the Armenian genocide", "the Russian-backed authorities": a modifier
                        }
                        if (Actor.STATE.equals(ta.actor().kind()) && GOVERNMENT_HEADS.contains(tk.norm(ta.e()))) {
                            continue; // "the Maduro government": a member state's government, not the state itself
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
                                    || ",".equals(tk.norm(acts.get(k).s() - 1)))
                                    && !ELLIPSIS_AUX.contains(tk.norm(acts.get(k).e()))
                                    && !CLAUSE_VERBS_AFTER_IT.contains(tk.norm(acts.get(k).e()))
                                    && !tk.norm(acts.get(k).e()).endsWith("n't")
                                    && !newClause(v, acts.get(k - 1), acts.get(k))) {
                                // not ", and Spain does not either": a new subject with a verb of its own
                                targets.add(acts.get(k).actor());
                            } else {
                                break;
                            }
                        }
                    }
                }
            }
            int compass = !passive && targets.isEmpty() && !withholders.isEmpty() ? compassAt(v, t) : -1;
            if (compass >= 0) {
                // "does not recognise the authorities in the north": the entity named after that part
                Actor part = partNamed(v, views, t, tk.norm(compass), withholders);
                if (part != null) {
                    targets.add(part);
                }
            } else if (!passive && targets.isEmpty() && !withholders.isEmpty()) {
                Act ante = anaphor >= 0 ? null : Clauses.antecedent(v, cs);
                if (ante != null) {
                    targets.add(ante.actor()); // "Kosovo, which Serbia does not recognise, ..."
                } else if (anaphor >= 0) {
                    // "Kosovo declared independence, but Serbia does not recognise it", "... its former province"
                    Actor ref = referent(v, views, t, cs, "it".equals(tk.norm(anaphor - 1)), withholders);
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
                alsoWithholding(v, t, withholders); // "..., and neither does Ukraine"
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

    /**
     * The states of a subject that negates the verb at {@code t} by itself: "Neither A nor B (has) recognised",
     * "no state, including B, (has) recognised", "none of the Gulf states, not even B, recognises". Empty for a
     * quantified subject that names nobody who withholds ("no country except Turkey recognises"); null when the
     * subject is none of these.
     */
    private List<Actor> negativeSubject(SentenceView v, int cs, int t) {
        Tokens tk = v.tk;
        int j = t - 1;
        while (j >= cs && SUBJECT_GAP.contains(tk.norm(j))) {
            j--;
        }
        if (j < cs) {
            return null;
        }
        boolean aside = ",".equals(tk.norm(j));
        int end = aside ? j : j + 1; // the subject's (or the aside's) last actor ends here
        int last = -1;
        for (int k = 0; k < v.acts.size(); k++) {
            Act ac = v.acts.get(k);
            if (ac.e() == end && ac.s() >= cs && !ac.ref()) {
                last = k;
            }
        }
        if (last < 0) {
            return quantifiedWithoutName(v, cs, j);
        }
        int first = last;
        while (first > 0 && Clauses.listConnected(v, v.acts.get(first - 1), v.acts.get(first))
                && v.acts.get(first - 1).s() >= cs && !v.acts.get(first - 1).ref()) {
            first--;
        }
        List<Actor> out = new ArrayList<>();
        boolean nor = false;
        for (int k = first; k <= last; k++) {
            addWithholder(out, v.acts.get(k));
            if (k > first) {
                for (int i = v.acts.get(k - 1).e(); i < v.acts.get(k).s(); i++) {
                    nor |= "nor".equals(tk.norm(i));
                }
            }
        }
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

    /** "No country except Turkey recognises": a quantified subject with no inclusion gives nobody (empty). */
    private List<Actor> quantifiedWithoutName(SentenceView v, int cs, int j) {
        for (int i = j; i >= cs && i > j - 8; i--) {
            if (("no".equals(v.tk.norm(i)) || "none".equals(v.tk.norm(i))) && quantifier(v, cs, j + 1) >= 0) {
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
     * End of a reference as the object of the trigger at {@code t}: "it" or a description such as "the breakaway
     * region", "its former province", "that government"; -1 when the object is none of these.
     */
    private static int anaphorEnd(SentenceView v, int t) {
        Tokens tk = v.tk;
        int i = t + 1;
        while ("formally".equals(v.w(i)) || "officially".equals(v.w(i)) || "diplomatically".equals(v.w(i))) {
            i++;
        }
        String x = v.w(i);
        if ("it".equals(x)) {
            String n = v.w(i + 1);
            return CLAUSE_VERBS_AFTER_IT.contains(n) || "'s".equals(n) ? -1 : i + 1;
        }
        if ("its".equals(x) && ("independence".equals(v.w(i + 1)) || "statehood".equals(v.w(i + 1))
                || "sovereignty".equals(v.w(i + 1)) && !"over".equals(v.w(i + 2)))) {
            return i + 2; // "has never recognised its independence"
        }
        if (!ANAPHOR_DETERMINERS.contains(x)) {
            return -1;
        }
        int k = i + 1;
        while (k < i + 5 && ANAPHOR_MODIFIERS.contains(v.w(k))) {
            k++;
        }
        if (!ANAPHOR_HEADS.contains(v.w(k))) {
            return -1;
        }
        String n = v.w(k + 1);
        if ("'s".equals(n) && STATEHOOD.contains(v.w(k + 2))) {
            return k + 3; // "the region's independence"
        }
        if ("of".equals(n) || "in".equals(n) || "'s".equals(n) || "-".equals(n) || tk.capitalised(k + 1) && k + 1 < v.b
                && !"either".equals(n)) {
            return -1; // "the government of X", "the government in Caracas", "the regime's", "the state Y"
        }
        return k + 1;
    }

    /**
     * The target act names the state or entity itself, not a thing it qualifies: not "the Armenian genocide",
     * "Kosovar passports", "the Russian-backed authorities", "British sovereignty over the islands".
     */
    private static boolean standsAlone(SentenceView v, Act ta) {
        Tokens tk = v.tk;
        int e = ta.e();
        String n = v.w(e);
        if (n.isEmpty() || !tk.isWord(e) && !"-".equals(n)) {
            return true; // the end of the sentence or punctuation
        }
        if ("-".equals(n)) {
            return Actor.OTHER.equals(ta.actor().kind()); // "the Taliban-led administration", not "Russian-backed"
        }
        if (THINGS.contains(n) || THING_VERBS.contains(n)) {
            return false;
        }
        if (ENTITY_HEADS.contains(n)) {
            return !"over".equals(v.w(e + 1)); // not "British sovereignty over the Falklands"
        }
        boolean alias = !tk.cleanSpan(ta.s(), e).equalsIgnoreCase(ta.actor().name());
        return !alias || tk.capitalised(e) || AFTER_TARGET.contains(n) || n.endsWith("ly");
    }

    /**
     * "the self-declared Donetsk and Luhansk people's republics", "the Donetsk and Luhansk republics": two partial
     * names sharing one head after the trigger at {@code t}, each completed to an entity the gazetteer knows; empty
     * unless both are known.
     */
    private List<Actor> sharedHead(SentenceView v, int t) {
        int i = t + 1;
        while ("formally".equals(v.w(i)) || "officially".equals(v.w(i)) || "the".equals(v.w(i))
                || ANAPHOR_MODIFIERS.contains(v.w(i)) || "so".equals(v.w(i)) || "called".equals(v.w(i))
                || "styled".equals(v.w(i))) {
            i++;
        }
        if (!v.tk.capitalised(i) || !v.tk.isWord(i) || !("and".equals(v.w(i + 1)) || "or".equals(v.w(i + 1)))
                || !v.tk.capitalised(i + 2) || !v.tk.isWord(i + 2)) {
            return List.of();
        }
        int h = i + 3;
        while (h < v.b && !v.tk.isWord(h) && !"'s".equals(v.w(h))) {
            h++; // an opening quote
        }
        String head;
        if ("people".equals(v.w(h)) && "'s".equals(v.w(h + 1)) && "republics".equals(v.w(h + 2))) {
            head = " People's Republic";
        } else if ("republics".equals(v.w(h))) {
            head = " Republic";
        } else {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (int k : new int[] {i, i + 2}) {
            Actor a = states.named(v.tk.surface(k) + head);
            if (a == null || !Actor.OTHER.equals(a.kind())) {
                return List.of();
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The compass word of an object "the authorities in the north" or "the north's institutions" after the trigger
     * at {@code t}; -1 when the object is none of these.
     */
    private static int compassAt(SentenceView v, int t) {
        int i = t + 1;
        while ("formally".equals(v.w(i)) || "officially".equals(v.w(i)) || "diplomatically".equals(v.w(i))) {
            i++;
        }
        if (!"the".equals(v.w(i))) {
            return -1;
        }
        if (INSTITUTIONS.contains(v.w(i + 1)) && "in".equals(v.w(i + 2)) && "the".equals(v.w(i + 3))
                && COMPASS.contains(v.w(i + 4)) && !"of".equals(v.w(i + 5))) {
            return i + 4;
        }
        if (COMPASS.contains(v.w(i + 1)) && "'s".equals(v.w(i + 2)) && INSTITUTIONS.contains(v.w(i + 3))) {
            return i + 1;
        }
        return -1;
    }

    /**
     * The entity named after a part of a state ("Northern Cyprus" for "the north") in this sentence before the
     * trigger or in the four sentences before (the name narrows it enough); the nearest, null when none.
     */
    private static Actor partNamed(SentenceView v, List<SentenceView> views, int t, String compass,
                                   List<Actor> withholders) {
        for (int p = v.index; p >= Math.max(0, v.index - 4); p--) {
            SentenceView pv = views.get(p);
            Actor found = null;
            for (Act ac : pv.acts) {
                if (p == v.index && ac.s() > t) {
                    break;
                }
                if (!referable(ac, withholders)) {
                    continue;
                }
                for (String word : ac.actor().name().toLowerCase(Locale.ROOT).split(" ")) {
                    if (word.startsWith(compass)) {
                        found = ac.actor();
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Entities without a seat of their own that a reference may stand for (not "the international community"). */
    private static boolean referable(Act ac, List<Actor> withholders) {
        Actor a = ac.actor();
        if (!Actor.OTHER.equals(a.kind()) || "international community".equals(a.key())) {
            return false;
        }
        for (Actor w : withholders) {
            if (w.key().equals(a.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a reference after the trigger at {@code t} stands for: the nearest entity (kind other) named before it in
     * the sentence, for "it" failing that any other actor named before the clause, then the one entity named in
     * one of the two sentences before; null when none or several.
     */
    private static Actor referent(SentenceView v, List<SentenceView> views, int t, int cs, boolean pronoun,
                                  List<Actor> withholders) {
        Act near = null;
        Act any = null;
        for (Act ac : v.acts) {
            if (ac.e() > t) {
                break;
            }
            if (referable(ac, withholders)) {
                near = ac;
            }
            if (ac.e() <= cs && !ac.ref() && !ac.actor().key().equals(withholders.get(0).key())) {
                any = ac;
            }
        }
        Act named = near != null ? near : pronoun ? any : null;
        if (named != null) {
            return pronoun && thingBetween(v, v.a, t) ? null : named.actor();
        }
        for (int p = v.index - 1; p >= Math.max(0, v.index - 2); p--) {
            SentenceView pv = views.get(p);
            Act found = null;
            for (Act ac : pv.acts) {
                if (referable(ac, withholders)) {
                    if (found != null && !found.key().equals(ac.key())) {
                        return null; // several entities: the reference is ambiguous
                    }
                    found = ac;
                }
            }
            if (found != null) {
                return pronoun && thingBetween(pv, pv.a, pv.b) ? null : found.actor();
            }
        }
        return null;
    }

    /** "The Taliban issued a decree ..., and Qatar does not recognise it": "it" may be a thing named there. */
    private static boolean thingBetween(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (THINGS.contains(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The others are A, B and C" after "X is one of four states that have not recognised T": the rest of a counted
     * group of withholders, listed in the sentence after the one that named the group.
     */
    private void restOfGroup(SentenceView v, List<Candidate> out, SentenceView prev) {
        Tokens tk = v.tk;
        int i = v.a + 1;
        if (REST_HEADS.contains(v.w(i))) {
            i++;
        } else if (REST_ADJECTIVES.contains(v.w(i))) {
            i++;
            int h = i;
            if (tk.isNumber(i) || COUNT_WORDS.contains(v.w(i))) {
                i++;
            }
            while (i < h + 3 && QUANTIFIED_HEADS.contains(v.w(i))) {
                i++;
            }
            if (i == h) {
                return; // "the other side"
            }
        } else {
            return;
        }
        if (!ARE_FORMS.contains(v.w(i))) {
            return;
        }
        List<Actor> rest = new ArrayList<>();
        if (stateList(v, "the".equals(v.w(i + 1)) ? i + 2 : i + 1, rest) < 0) {
            return;
        }
        boolean group = false;
        for (int k = prev.a; k < prev.b; k++) {
            group |= "among".equals(prev.w(k)) || "one".equals(prev.w(k)) && "of".equals(prev.w(k + 1));
        }
        if (!group) {
            return;
        }
        withholdSame(v, out, rest);
    }

    /**
     * The states of a list that starts at token {@code s} ("Cyprus, Greece and Slovakia") added to {@code into};
     * the end of the list's last act, -1 when no state starts there.
     */
    private int stateList(SentenceView v, int s, List<Actor> into) {
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

    /** Each of {@code more} withholds, in sentence {@code v}, what was withheld in the sentence before. */
    private static void withholdSame(SentenceView v, List<Candidate> out, List<Actor> more) {
        int n = out.size();
        Set<String> have = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Candidate c = out.get(i);
            if (Candidate.RECOGNITION.equals(c.type) && c.sentenceIndex == v.index) {
                have.add(c.actorSetKey());
            }
        }
        for (int i = 0; i < n; i++) {
            Candidate c = out.get(i);
            if (!Candidate.RECOGNITION.equals(c.type) || c.sentenceIndex != v.index - 1) {
                continue;
            }
            for (Actor wh : more) {
                if (wh.key().equals(c.target.key()) || wh.key().equals(c.withholder.key())
                        || !have.add(wh.key() + ">" + c.target.key())) {
                    continue;
                }
                Candidate d = new Candidate(Candidate.RECOGNITION, v.sentence, v.index);
                d.withholder = wh;
                d.target = c.target;
                d.confidence = c.confidence;
                out.add(d);
            }
        }
    }

    /**
     * "Nor does Bhutan." or "Bhutan has not either." after "India does not recognise Taiwan.": the states of such an
     * elliptical sentence withhold the recognitions read in the sentence before.
     */
    private void elliptical(SentenceView v, List<Candidate> out) {
        Tokens tk = v.tk;
        boolean nor = ("nor".equals(tk.norm(v.a)) || "neither".equals(tk.norm(v.a)))
                && ELLIPSIS_AUX.contains(tk.norm(v.a + 1));
        int s = nor ? v.a + 2 : v.a;
        s = "the".equals(tk.norm(s)) ? s + 1 : s;
        List<Actor> more = new ArrayList<>();
        int e = stateList(v, s, more);
        if (e < 0) {
            return;
        }
        String next = tk.norm(e);
        if (nor && !(",".equals(next) || ".".equals(next) || "either".equals(next) || ";".equals(next) || e >= v.b)) {
            return; // "Nor did Bhutan sign ...": a clause of its own
        }
        if (!nor && !(ELLIPSIS_AUX.contains(next) && ("not".equals(tk.norm(e + 1)) || "n't".equals(tk.norm(e + 1)))
                && "either".equals(tk.norm(e + 2)) && e + 3 >= v.b - 1)) {
            return; // only "Djibouti has not either."
        }
        withholdSame(v, out, more);
    }

    /**
     * States of an elliptical clause after the trigger at {@code t} that withhold the same recognition: ", and
     * neither does B", ", nor have B and C", ", and B has not either". Stops at the next recognition word.
     */
    private void alsoWithholding(SentenceView v, int t, List<Actor> withholders) {
        Tokens tk = v.tk;
        int k = 0;
        while (k < v.acts.size() && v.acts.get(k).s() <= t) {
            k++;
        }
        for (int i = t + 1; i < v.b; i++) {
            String x = tk.norm(i);
            if (Lexicon.RECOGNISE.contains(x) || ACCEPT.contains(x) || REJECT.contains(x)) {
                return;
            }
            while (k < v.acts.size() && v.acts.get(k).s() < i) {
                k++;
            }
            int a = i + 1;
            if ("so".equals(x) || "as".equals(x)) {
                while (a < i + 5 && (",".equals(tk.norm(a)) || tk.norm(a).endsWith("ly"))) {
                    a++; // "and so, formally, did B"
                }
            }
            boolean also = "neither".equals(x) || "nor".equals(x)
                    || ("so".equals(x) || "as".equals(x)) && i > t + 1 && (",".equals(tk.norm(i - 1))
                    || "and".equals(tk.norm(i - 1)));
            if (also && ELLIPSIS_AUX.contains(tk.norm(a))) {
                int s = "the".equals(tk.norm(a + 1)) ? a + 2 : a + 1;
                int last = -1;
                for (int j = k; j < v.acts.size(); j++) {
                    Act ac = v.acts.get(j);
                    if (ac.ref() || states.stateOf(ac.actor()) == null) {
                        break;
                    }
                    if (last < 0 ? ac.s() != s : !Clauses.listConnected(v, v.acts.get(last), ac)) {
                        break;
                    }
                    last = j;
                }
                if (last >= 0 && !Lexicon.RECOGNISE.contains(tk.norm(v.acts.get(last).e()))) {
                    for (int j = k; j <= last; j++) {
                        addWithholder(withholders, v.acts.get(j));
                    }
                }
            }
            if (k < v.acts.size() && v.acts.get(k).s() == i && !v.acts.get(k).ref()
                    && ("and".equals(tk.norm(i - 1)) || ",".equals(tk.norm(i - 1)) || "but".equals(tk.norm(i - 1)))) {
                // ", and Turkey has not either", "and Turkey hasn't either"
                Act ac = v.acts.get(k);
                int e = ac.e();
                String aux = tk.norm(e);
                boolean neg = ELLIPSIS_AUX.contains(aux)
                        && ("not".equals(tk.norm(e + 1)) || "n't".equals(tk.norm(e + 1)))
                        && "either".equals(tk.norm(e + 2))
                        || aux.endsWith("n't") && "either".equals(tk.norm(e + 1));
                if (neg) {
                    addWithholder(withholders, ac);
                }
            }
        }
    }

    /**
     * An actor before the trigger that is no subject: "unlike Zambia", "On Cyprus, ..." (a topic), "the Latin American
     * states" (a modifier of a group).
     */
    private static boolean notSubject(SentenceView v, Act ak) {
        Tokens tk = v.tk;
        String before = tk.norm(ak.s() - 1);
        if (NOT_WITHHOLDER_BEFORE.contains(before)
                || "the".equals(before) && NOT_WITHHOLDER_BEFORE.contains(tk.norm(ak.s() - 2))) {
            return true;
        }
        if (GROUP_NOUNS.contains(v.w(ak.e()))) {
            return true;
        }
        return TOPIC_PREPOSITIONS.contains(before) && ",".equals(v.w(ak.e()))
                && (ak.s() - 1 == v.a || ",".equals(v.w(ak.s() - 2)));
    }

    /** "the Russian-backed authorities": a state before "-backed" sponsors the object, it is not the object. */
    private boolean sponsor(SentenceView v, Act ac) {
        return "-".equals(v.w(ac.e())) && SPONSORED.contains(v.w(ac.e() + 1)) && states.stateOf(ac.actor()) != null;
    }

    /** "A and Turkey remains ...": after ", and" an actor with a verb of its own opens a new clause. */
    private static boolean newClause(SentenceView v, Act left, Act right) {
        boolean comma = false;
        boolean conj = false;
        for (int i = left.e(); i < right.s(); i++) {
            String x = v.w(i);
            comma |= ",".equals(x);
            conj |= "and".equals(x) || "but".equals(x);
        }
        int e = right.e();
        return comma && conj && v.tk.isWord(e) && e < v.b && !v.tk.capitalised(e) && !AFTER_TARGET.contains(v.w(e))
                && !"'s".equals(v.w(e)) && !ENTITY_HEADS.contains(v.w(e));
    }

    /**
     * The one movement (an entity without a seat) said to rule in this sentence or the two before, in a sentence
     * that also names the seat of the object (or its state by name): "the Taliban administration ... Kabul", "under
     * Taliban rule, Afghanistan"; null when none or several.
     */
    private static Actor ruler(SentenceView v, List<SentenceView> views, int t, Act seat) {
        Actor found = null;
        String seatName = v.tk.cleanSpan(seat.s(), seat.e());
        for (int p = v.index; p >= Math.max(0, v.index - 2); p--) {
            SentenceView pv = views.get(p);
            boolean tied = false;
            for (Act ac : pv.acts) {
                tied |= ac != seat && ac.key().equals(seat.key())
                        && (!ac.place() || pv.tk.cleanSpan(ac.s(), ac.e()).equals(seatName));
            }
            if (!tied) {
                continue; // "the Houthi administration in Sanaa" says nothing about "the government in Aden"
            }
            for (Act ac : pv.acts) {
                if (ac.ref() || ac.place() || !Actor.OTHER.equals(ac.actor().kind()) || p == v.index && ac.s() > t) {
                    continue;
                }
                int e = ac.e();
                boolean rules = RULING_HEADS.contains(pv.w(e))
                        || "-".equals(pv.w(e)) && RULING_PARTICIPLES.contains(pv.w(e + 1));
                if (!rules) {
                    continue;
                }
                if (found != null && !found.key().equals(ac.key())) {
                    return null;
                }
                found = ac.actor();
            }
        }
        return found;
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
