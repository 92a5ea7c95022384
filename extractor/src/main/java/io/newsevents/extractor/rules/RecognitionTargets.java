package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recognition is withheld from when the object names it: the state or entity itself ("the independence of X",
 * "the self-declared X", "X and Y", "the Donetsk and Luhansk republics"), not a thing it qualifies ("the Armenian
 * genocide", "Kosovar passports"), its sponsor ("the Russian-backed authorities"), a member state's government ("the
 * Maduro government") or the subject of a new clause (", and Spain does not either").
 */
final class RecognitionTargets {

    /** "refuses to accept Kosovo's independence": after the target's "'s", what an accept verb must be about. */
    static final Set<String> STATEHOOD = Set.of("independence", "sovereignty", "statehood", "declaration",
            "unilateral", "secession");

    /** What may stand between the trigger and its target: "does not recognise the independence of X". */
    private static final Set<String> RECOGNITION_OBJECT = Set.of("", "the", "the independence of", "the sovereignty of",
            "the state of", "the government of", "the regime in", "the republic of", "the existence of",
            "the statehood of", "independent", "the self-proclaimed", "the breakaway", "the so-called",
            "the region of", "the territory of", "the province of", "the enclave of");
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
            "existence", "self", "breakaway", "self-proclaimed", "declaration", "secession", "authorities", "leadership",
            "regime", "republic");

    /**
     * Modifiers in a recognition object that say how the entity came about or who stands behind it: "the
     * self-declared", "the so-called", "the Russian-backed". Dropped before the object is checked.
     */
    private static final Pattern OBJECT_MODIFIERS = Pattern.compile("^the ((self-(declared|proclaimed|styled)"
            + "|so-called|breakaway|separatist|secessionist|rebel|de facto|unrecognised|unrecognized|would-be"
            + "|[\\p{L}]+-(backed|supported|sponsored|installed|controlled|allied|appointed)) )+");
    /** Quotation marks (with the space after an opening one) inside a recognition object. */
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d\u2018\u2019]");
    /** "the Russian-backed authorities": after a state and "-", the state is the sponsor, not the target. */
    private static final Set<String> SPONSORED = Set.of("backed", "supported", "sponsored", "installed",
            "controlled", "allied", "appointed", "funded", "armed");
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

    /** "the independence (that) X declared": statehood named by what its subject did. */
    private static final Pattern DECLARED_STATEHOOD = Pattern.compile(
            "the (independence|statehood|sovereignty)( that| which)?");
    /** "the unilaterally declared independence of", "the unilateral declaration of independence of". */
    private static final Pattern DECLARED_INDEPENDENCE_OF = Pattern.compile("^the (?:(?:unilateral|unilaterally|"
            + "illegal|illegally|illegitimate|self-|self - ) ?)?(?:declared independence|proclaimed independence|"
            + "declaration of independence|proclamation of independence) of$");
    /** Verbs of the relative clause in "the independence that X declared". */
    private static final Set<String> DECLARING = Set.of("declared", "declares", "proclaimed", "proclaims", "claimed",
            "claims", "unilaterally");

    /** "the (interim) Afghan government": before a state's demonym and a ruling head. */
    private static final Pattern STATE_GOVERNMENT = Pattern.compile("the( interim| current| present| new)?");
    /** Heads after a state's demonym that name who rules it. */
    private static final Set<String> RULED_HEADS = Set.of("government", "regime", "administration", "authorities",
            "leadership", "rulers");

    /**
     * A government that came by a coup: "the (military) junta in X", "the military authorities in X", "the officers
     * who seized power in X". Group 1: a military adjective, 2: the head, 3: the seizure of power.
     */
    private static final Pattern COUP_OBJECT = Pattern.compile("the (military |putschist |coup )?(junta|authorities"
            + "|government|regime|rulers|leaders|leadership|officers|generals|council|administration)"
            + "((?: that| which| who)(?: has| have| had)? (?:seized|took|grabbed|usurped) power)? in");

    private final States states;

    RecognitionTargets(States states) {
        this.states = states;
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
        if (RecognitionReferences.THINGS.contains(n) || THING_VERBS.contains(n)) {
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
    List<Actor> sharedHead(SentenceView v, int t) {
        int i = t + 1;
        while ("formally".equals(v.w(i)) || "officially".equals(v.w(i)) || "the".equals(v.w(i))
                || RecognitionReferences.ANAPHOR_MODIFIERS.contains(v.w(i)) || "so".equals(v.w(i))
                || "called".equals(v.w(i))
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

    /** "the Russian-backed authorities": a state before "-backed" sponsors the object, it is not the object. */
    boolean sponsor(SentenceView v, Act ac) {
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
     * "recognise Abkhazia, and Russia, which keeps a base there, ...": a second actor joined by ", and" (or ", but")
     * with an aside of its own after it is the subject of a new clause; two items take no comma before "and".
     */
    private static boolean asideSubject(SentenceView v, Act left, Act right) {
        int i = left.e();
        if (!",".equals(v.w(i)) || !("and".equals(v.w(i + 1)) || "but".equals(v.w(i + 1)))) {
            return false;
        }
        return ",".equals(v.w(right.e()));
    }

    /**
     * The targets of the trigger {@code w} at {@code t} whose object is act {@code tIdx} of {@code acts}, added to
     * {@code targets}: the state or entity itself ("the independence of X", "the self-declared X", "X and Y"), or
     * the movement that rules a capital ("the government in Kabul"); false when the object is no state or entity
     * but a thing it qualifies, its government or an offer ("the Armenian genocide", "the Maduro government",
     * "accept X's offer"), and the trigger then gives nothing.
     */
    static boolean objectTargets(SentenceView v, List<SentenceView> views, int t, String w, List<Act> acts, int tIdx,
                                 boolean nonRecognition, boolean derecognised, boolean accept, List<Actor> targets) {
        Tokens tk = v.tk;
        Act ta = acts.get(tIdx);
        // the object must be the state or entity itself, not "the results of the vote in X"
        int from = nonRecognition && !derecognised ? t + 4 : t + 1;
        if (derecognised && "of".equals(tk.norm(t + 1))) {
            from = t + 2;
        }
        if (!nonRecognition && "recognition".equals(w)
                && ("of".equals(tk.norm(t + 1)) || "from".equals(tk.norm(t + 1)) || "to".equals(tk.norm(t + 1)))) {
            // "withholds recognition of X", "have withheld recognition from X"
            from = t + 2;
        }
        String between = from < ta.s() ? tk.cleanSpan(from, ta.s()).toLowerCase(Locale.ROOT) : "";
        // quotation marks around the verb or the object: 'has never recognised" the TRNC', 'recognise "the TRNC"'
        between = QUOTES.matcher(between).replaceAll("").replace("  ", " ").strip();
        if (between.startsWith("formally ") || between.startsWith("officially ")) {
            between = between.substring(between.indexOf(' ') + 1);
        }
        if (between.startsWith("the ")) {
            // "the self-declared", "the Russian-backed authorities in": how the entity came about
            between = OBJECT_MODIFIERS.matcher(between + " ").replaceFirst("the ").strip();
        }
        // "the unilaterally declared independence of X", "the unilateral declaration of independence of X"
        between = DECLARED_INDEPENDENCE_OF.matcher(between).replaceFirst("the independence of");
        boolean declared = DECLARED_STATEHOOD.matcher(between).matches() && DECLARING.contains(tk.norm(ta.e()));
        if (declared) {
            between = ""; // "the independence that Abkhazia proclaimed": the entity that declared it
        }
        if (A_STATE_OF.contains(between) && ("state".equals(tk.norm(ta.e()))
                || "statehood".equals(tk.norm(ta.e())))) {
            between = ""; // "does not recognise a Palestinian state": the state of that people
        }
        if ((RECOGNITION_ENTITY_OBJECT.contains(between) || "the regime in".equals(between))
                && !Actor.OTHER.equals(ta.actor().kind())) {
            // "the government in Kabul" after "a Taliban-appointed envoy": the movement that rules there
            Actor ruler = Actor.STATE.equals(ta.actor().kind()) ? RecognitionReferences.ruler(v, views, t, ta) : null;
            if (ruler != null) {
                targets.add(ruler);
            } else if (RECOGNITION_ENTITY_OBJECT.contains(between)) {
                return false; // "the government in Caracas": a government, not the state
            }
        }
        Matcher coup = COUP_OBJECT.matcher(between);
        if (targets.isEmpty() && coup.matches() && Actor.STATE.equals(ta.actor().kind())
                && (coup.group(1) != null || "junta".equals(coup.group(2)) || coup.group(3) != null)) {
            // "the authorities that seized power in Niamey", "the military junta in X": a junta stands for its state
            targets.add(ta.actor());
        }
        if (targets.isEmpty() && STATE_GOVERNMENT.matcher(between).matches()
                && Actor.STATE.equals(ta.actor().kind()) && RULED_HEADS.contains(tk.norm(ta.e()))) {
            // "the interim Afghan government" after "the Taliban government in Afghanistan": the movement that rules
            Actor ruler = RecognitionReferences.ruler(v, views, t, ta);
            if (ruler != null) {
                targets.add(ruler);
            }
        }
        if (targets.isEmpty() && !RECOGNITION_OBJECT.contains(between)
                && !RECOGNITION_ENTITY_OBJECT.contains(between)
                && !(nonRecognition && (between.isEmpty()
                || between.equals("towards") || between.equals("toward") || between.equals("of")
                || between.equals("regarding")))) {
            return false;
        }
        if (targets.isEmpty()) { // not the ruler of a capital
            int po = tk.isNumber(ta.e() + 1) ? 1 : 0; // "Somaliland's 1991 declaration of independence"
            if ("'s".equals(tk.norm(ta.e())) && (!POSSESSED_OK.contains(tk.norm(ta.e() + 1 + po))
                    || "over".equals(tk.norm(ta.e() + 2)) || "claim".equals(tk.norm(ta.e() + 2))
                    || "claims".equals(tk.norm(ta.e() + 2)))) {
                return false; // "Russia's annexation of ...", "China's sovereignty over the islands"
            }
            if (accept && !declared && !("'s".equals(tk.norm(ta.e())) && STATEHOOD.contains(tk.norm(ta.e() + 1))
                    || between.startsWith("the independence") || between.startsWith("the sovereignty")
                    || between.startsWith("the statehood"))) {
                return false; // "refuses to accept Kosovo's independence", not "refuses to accept X's offer"
            }
            if (!declared && !standsAlone(v, ta)) {
                return false; // "the Armenian genocide", "the Russian-backed authorities": a modifier
            }
            if (Actor.STATE.equals(ta.actor().kind()) && GOVERNMENT_HEADS.contains(tk.norm(ta.e()))) {
                return false; // "the Maduro government": a member state's government, not the state itself
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
                        || ",".equals(tk.norm(acts.get(k).s() - 1))
                        || "the".equals(tk.norm(acts.get(k).s() - 1)) && "and".equals(tk.norm(acts.get(k).s() - 2))
                        && Actor.OTHER.equals(acts.get(k).actor().kind()) && !acts.get(k).ref())
                        && !RecognitionEllipsis.ELLIPSIS_AUX.contains(tk.norm(acts.get(k).e()))
                        && !RecognitionReferences.CLAUSE_VERBS_AFTER_IT.contains(tk.norm(acts.get(k).e()))
                        && !tk.norm(acts.get(k).e()).endsWith("n't")
                        && !newClause(v, acts.get(k - 1), acts.get(k))
                        && !(k == tIdx + 1 && asideSubject(v, acts.get(k - 1), acts.get(k)))) {
                    // not ", and Spain does not either": a new subject with a verb of its own
                    targets.add(acts.get(k).actor());
                } else {
                    break;
                }
            }
        }
        return true;
    }
}
