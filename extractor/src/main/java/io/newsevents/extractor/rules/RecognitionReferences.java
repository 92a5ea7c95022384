package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an object that names no state or entity stands for: "it" or a description ("the breakaway region", "its
 * former province") for the entity named before, "the authorities in the north" for the entity named after that part,
 * "the government in Kabul" for the movement said to rule there. Stateless: every method is static.
 */
final class RecognitionReferences {

    /** Determiners of a description that refers back to an entity: "the breakaway region", "its former province". */
    private static final Set<String> ANAPHOR_DETERMINERS = Set.of("the", "that", "this", "its", "their");
    /** Words inside such a description before its head ("the self-declared", "its former"). */
    static final Set<String> ANAPHOR_MODIFIERS = Set.of("former", "breakaway", "self", "-", "declared",
            "proclaimed", "self-declared", "self-proclaimed", "separatist", "secessionist", "de", "facto", "new",
            "current", "present", "rebel", "renegade", "militant", "so-called", "would-be", "unrecognised",
            "unrecognized", "disputed", "interim", "islamist", "young", "fledgling", "tiny", "illegal", "illegitimate",
            "puppet", "self-styled", "styled", "unlawful", "northern", "southern", "eastern", "western");
    /** Heads of a description that stands for an entity without a seat of its own named before. */
    private static final Set<String> ANAPHOR_HEADS = Set.of("government", "regime", "authorities", "administration",
            "territory", "region", "province", "republic", "enclave", "entity", "state", "statelet", "emirate");
    /** After "it" as the object of "recognise": what shows "it" is not the start of a clause ("acknowledge it was"). */
    static final Set<String> CLAUSE_VERBS_AFTER_IT = Set.of("was", "is", "had", "has", "would", "will",
            "could", "did", "does", "were", "should", "must", "can", "might", "may");
    /** After an entity: it rules ("the Taliban administration", "a Taliban-appointed envoy"). */
    private static final Set<String> RULING_HEADS = Set.of("government", "regime", "administration", "authorities",
            "rule", "leadership", "cabinet", "rulers", "authority");
    /** "a Taliban-appointed envoy", "the Taliban-led government": the entity rules. */
    private static final Set<String> RULING_PARTICIPLES = Set.of("appointed", "led");
    /** "the authorities that seized power in X": verbs of a coup, right after the relative (or its auxiliary). */
    private static final Set<String> SEIZED = Set.of("seized", "took", "grabbed", "usurped");
    /** Compass words for "the authorities in the north", "the north's institutions". */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");
    /** What "the north's ..." may be: the entity's institutions. */
    private static final Set<String> INSTITUTIONS = Set.of("institutions", "authorities", "government",
            "administration", "leadership", "regime", "parliament");

    /**
     * Things a state may decline to recognise that are no state or entity, named by nouns that are no verbs: after a
     * demonym ("the Armenian genocide", "Kosovar passports") or as what "it" may stand for ("issued a decree ..., and
     * X does not recognise it").
     */
    static final Set<String> THINGS = Set.of("genocide", "massacre", "massacres", "killings", "annexation",
            "occupation", "election", "elections", "referendum", "referendums", "result", "results",
            "outcome", "decree", "decrees", "law", "laws", "ruling", "rulings", "verdict", "agreement", "agreements",
            "treaty", "accord", "border", "borders", "passport", "passports", "documents", "decision", "marriage",
            "marriages", "currency", "court", "courts", "jurisdiction", "debt", "debts", "diplomas", "licence",
            "licences", "license", "licenses", "visas", "visa", "crimes", "atrocities", "famine", "deportation",
            "deportations", "expulsion", "boundary", "boundaries", "annexations", "takeover", "seizure", "conquest",
            "mandate");

    private RecognitionReferences() {
    }

    /**
     * End of a reference as the object of the trigger at {@code t}: "it" or a description such as "the breakaway
     * region", "its former province", "that government"; -1 when the object is none of these.
     */
    static int anaphorEnd(SentenceView v, int t) {
        Tokens tk = v.tk;
        int i = t + 1;
        while ("formally".equals(v.w(i)) || "officially".equals(v.w(i)) || "diplomatically".equals(v.w(i))) {
            i++;
        }
        i = afterDeclaredIndependence(v, i);
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
        boolean country = "country".equals(v.w(k)) && !"its".equals(x) && !"their".equals(x);
        if (!ANAPHOR_HEADS.contains(v.w(k)) && !country) {
            return -1; // "the country" is the entity spoken of; "its country" is the withholder's own
        }
        String n = v.w(k + 1);
        if (("that".equals(n) || "which".equals(n) || "who".equals(n))
                && (SEIZED.contains(v.w(k + 2)) || SEIZED.contains(v.w(k + 3)))) {
            return -1; // "the authorities that seized power in Niamey": named by the place of the coup
        }
        if ("'s".equals(n) && RecognitionTargets.STATEHOOD.contains(v.w(k + 2))) {
            return k + 3; // "the region's independence"
        }
        if ("'s".equals(n) && tk.isNumber(k + 2) && RecognitionTargets.STATEHOOD.contains(v.w(k + 3))) {
            return k + 4; // "the breakaway region's 1991 declaration of independence"
        }
        if ("of".equals(n) || "in".equals(n) || "'s".equals(n) || "-".equals(n) || tk.capitalised(k + 1) && k + 1 < v.b
                && !"either".equals(n)) {
            return -1; // "the government of X", "the government in Caracas", "the regime's", "the state Y"
        }
        return k + 1;
    }

    /** Words of "the unilaterally declared independence of", "the unilateral declaration of independence of". */
    private static final Set<String> DECLARED_WORDS = Set.of("unilateral", "unilaterally", "illegal", "illegally",
            "declared", "proclaimed", "declaration", "proclamation", "independence", "of");

    /**
     * "the unilaterally declared independence of its southern province": the index after "of" when the object at
     * {@code i} is independence declared by what follows, else {@code i}.
     */
    static int afterDeclaredIndependence(SentenceView v, int i) {
        if (!"the".equals(v.w(i))) {
            return i;
        }
        boolean independence = false;
        for (int k = i + 1; k <= i + 6; k++) {
            String x = v.w(k);
            if (!DECLARED_WORDS.contains(x)) {
                return i;
            }
            independence |= "independence".equals(x);
            if ("of".equals(x) && independence) {
                return k + 1;
            }
        }
        return i;
    }

    /** "Five EU members", "three NATO allies": the group the subject belongs to, no referent of "it". */
    private static final Set<String> MEMBERS = Set.of("member", "members", "allies", "partners", "states",
            "countries", "governments", "nations", "capitals");

    /** Singular heads after "either" that stand for two entities named before: "either region". */
    private static final Set<String> SINGLE_HEADS = Set.of("territory", "region", "republic", "entity", "enclave",
            "statelet", "province");

    /** Heads of a plural description that stands for several entities named before: "the breakaway territories". */
    private static final Set<String> PLURAL_HEADS = Set.of("territories", "regions", "republics", "entities",
            "enclaves", "statelets", "provinces");

    /**
     * End of a plural description as the object of the trigger at {@code t}: "the breakaway territories", "these
     * separatist republics", "both regions"; -1 when the object is none of these or an actor is named in it
     * (Engine's "the two regions"), or it is named by what follows ("the regions of Georgia").
     */
    static int pluralEnd(SentenceView v, int t) {
        int i = t + 1;
        while ("formally".equals(v.w(i)) || "officially".equals(v.w(i)) || "diplomatically".equals(v.w(i))) {
            i++;
        }
        if ("their".equals(v.w(i)) && RecognitionTargets.STATEHOOD.contains(v.w(i + 1))
                && !"of".equals(v.w(i + 2)) && !"over".equals(v.w(i + 2))) {
            return i + 2; // "has not recognised their independence"
        }
        if ("either".equals(v.w(i)) && "of".equals(v.w(i + 1)) && ("them".equals(v.w(i + 2))
                || "the".equals(v.w(i + 2)) && "two".equals(v.w(i + 3)) && !v.tk.isWord(i + 4))) {
            return "them".equals(v.w(i + 2)) ? i + 3 : i + 4; // "has not recognised either of them"
        }
        if ("either".equals(v.w(i)) && SINGLE_HEADS.contains(v.w(i + 1)) && !"of".equals(v.w(i + 2))
                && !"in".equals(v.w(i + 2)) && !(v.tk.capitalised(i + 2) && i + 2 < v.b)) {
            return i + 2; // "has never recognised either region": each of the two named before
        }
        if ("the".equals(v.w(i)) && RecognitionTargets.STATEHOOD.contains(v.w(i + 1)) && "of".equals(v.w(i + 2))) {
            i += 3; // "the independence of the breakaway regions"
        }
        String x = v.w(i);
        if (!"the".equals(x) && !"these".equals(x) && !"those".equals(x) && !"both".equals(x)) {
            return -1;
        }
        int k = i + 1;
        if ("two".equals(v.w(k)) || "three".equals(v.w(k))) {
            k++;
        }
        while (k < i + 6 && ANAPHOR_MODIFIERS.contains(v.w(k))) {
            k++;
        }
        if (!PLURAL_HEADS.contains(v.w(k)) || k >= v.b || "the".equals(x) && k == i + 1) {
            return -1; // not a bare "the territories", which may be any
        }
        String n = v.w(k + 1);
        if ("of".equals(n) || "in".equals(n) || "-".equals(n) || "that".equals(n) || "which".equals(n)
                || v.tk.capitalised(k + 1) && k + 1 < v.b) {
            return -1;
        }
        for (Act ac : v.acts) {
            if (ac.s() >= i && ac.s() <= k) {
                return -1;
            }
        }
        return k + 1;
    }

    /**
     * The entities a plural description ending at {@code end} stands for: those listed right after it in an
     * apposition, else the distinct entities (kind other) named before the trigger at {@code t} in this sentence and,
     * until two are found, in the five sentences before; null unless two to four.
     */
    static List<Actor> pluralReferents(SentenceView v, List<SentenceView> views, int t, int end,
                                       List<Actor> withholders) {
        List<Actor> found = new ArrayList<>();
        if (",".equals(v.w(end)) || ":".equals(v.w(end))) {
            // "the two breakaway regions, Abkhazia and South Ossetia": the entities named right after
            Act last = null;
            int s = "the".equals(v.w(end + 1)) ? end + 2 : end + 1;
            for (Act ac : v.acts) {
                if (ac.s() < s) {
                    continue;
                }
                if (!referable(ac, withholders) || (last == null ? ac.s() != s : !Clauses.listConnected(v, last, ac))) {
                    break;
                }
                ActorLists.addUnique(found, ac.actor());
                last = ac;
            }
            if (found.size() >= 2) {
                return found;
            }
            found.clear();
        }
        for (int p = v.index; p >= Math.max(0, v.index - 5) && found.size() < 2; p--) {
            for (Act ac : views.get(p).acts) {
                if (p == v.index && ac.s() > t) {
                    break;
                }
                if (referable(ac, withholders)) {
                    ActorLists.addUnique(found, ac.actor());
                }
            }
        }
        return found.size() >= 2 && found.size() <= 4 ? found : null;
    }

    /**
     * End of an object "the (2008) declaration", "its declaration of independence", "that proclamation" after the
     * trigger at {@code t}, which stands for the entity that declared independence: the declaration names
     * independence, or "independence" is named in this sentence or the one before; -1 otherwise.
     */
    static int declarationEnd(SentenceView v, List<SentenceView> views, int t) {
        Tokens tk = v.tk;
        int i = t + 1;
        if (!ANAPHOR_DETERMINERS.contains(v.w(i))) {
            return -1;
        }
        int d = tk.isNumber(i + 1) ? i + 2 : i + 1;
        if (!"declaration".equals(v.w(d)) && !"proclamation".equals(v.w(d))) {
            return -1;
        }
        if ("of".equals(v.w(d + 1))) {
            return "independence".equals(v.w(d + 2)) ? d + 3 : -1;
        }
        if ("'s".equals(v.w(d + 1)) || "-".equals(v.w(d + 1)) || tk.capitalised(d + 1) && d + 1 < v.b) {
            return -1;
        }
        for (int p = v.index; p >= Math.max(0, v.index - 1); p--) {
            SentenceView pv = views.get(p);
            for (int k = pv.a; k < pv.b && (p < v.index || k < t); k++) {
                if ("independence".equals(pv.w(k))) {
                    return d + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The compass word of an object "the authorities in the north" or "the north's institutions" after the trigger
     * at {@code t}; -1 when the object is none of these.
     */
    static int compassAt(SentenceView v, int t) {
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
        if (COMPASS.contains(v.w(i + 1)) && v.tk.capitalised(i + 1) && i + 1 < v.b
                && (i + 2 >= v.b || !v.tk.capitalised(i + 2)) && !"of".equals(v.w(i + 2))
                && !"'s".equals(v.w(i + 2)) && !"-".equals(v.w(i + 2))) {
            return i + 1; // "does not recognise the North as a state": the other half by its compass name
        }
        return -1;
    }

    /**
     * "Seoul does not recognise the North": the other half of a divided state a withholder is half of ("North Korea"
     * for "South Korea" and "north"); null when no withholder's name starts with the opposite compass word.
     */
    static Actor otherHalf(States states, List<Actor> withholders, String compass) {
        String opposite = "north".equals(compass) ? "South" : "south".equals(compass) ? "North"
                : "east".equals(compass) ? "West" : "west".equals(compass) ? "East" : null;
        if (opposite == null) {
            return null;
        }
        String own = compass.substring(0, 1).toUpperCase(Locale.ROOT) + compass.substring(1);
        for (Actor w : withholders) {
            String name = w.name();
            if (name.startsWith(opposite + " ")) {
                Actor other = states.named(own + name.substring(opposite.length()));
                if (other != null && !other.key().equals(w.key())) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * The entity named after a part of a state ("Northern Cyprus" for "the north") in this sentence before the
     * trigger or in the four sentences before (the name narrows it enough); the nearest, null when none.
     */
    static Actor partNamed(SentenceView v, List<SentenceView> views, int t, String compass,
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
     * one of the two sentences before (three for a description); null when none or several.
     */
    static Actor referent(SentenceView v, List<SentenceView> views, int t, int cs, boolean pronoun,
                                  List<Actor> withholders) {
        Act near = null;
        Act any = null;
        Act aside = null;
        boolean afterSubject = false;
        for (Act ac : v.acts) {
            if (ac.e() > t) {
                break;
            }
            if (referable(ac, withholders)) {
                near = ac;
            }
            if (ac.e() <= cs && !ac.ref() && !withholds(ac, withholders) && !MEMBERS.contains(v.w(ac.e()))) {
                if (afterSubject) {
                    aside = "'s".equals(v.w(ac.e())) ? null : ac; // "Azerbaijan, whose leaders call Turkey a brother, does not recognise it"
                } else {
                    any = ac;
                }
            }
            afterSubject |= ac.actor().key().equals(withholders.get(0).key())
                    || ac.actor().iso3() != null && ac.actor().iso3().equals(withholders.get(0).iso3());
        }
        Act named = near != null ? near : pronoun ? any : null;
        if (named != null) {
            return pronoun && thingBetween(v, v.a, t) ? null : named.actor();
        }
        // a description ("the country", "the breakaway region") carries further back than "it"
        for (int p = v.index - 1; p >= Math.max(0, v.index - (pronoun ? 2 : 3)); p--) {
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
        // an actor in the subject's aside only when no entity was named before: "Japan, which has no relations with
        // Pyongyang, does not recognise it either"
        return pronoun && aside != null && !thingBetween(v, v.a, t) ? aside.actor() : null;
    }

    /**
     * "Five members - Spain, Greece and Cyprus - do not recognise it": an actor that is (or belongs to the state of)
     * one of the withholders is never what they withhold recognition from.
     */
    private static boolean withholds(Act ac, List<Actor> withholders) {
        Actor a = ac.actor();
        for (Actor w : withholders) {
            if (w.key().equals(a.key()) || a.iso3() != null && a.iso3().equals(w.iso3())) {
                return true;
            }
        }
        return false;
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
     * The one movement (an entity without a seat) said to rule in this sentence or the two before, in a sentence
     * that also names the seat of the object (or its state by name): "the Taliban administration ... Kabul", "under
     * Taliban rule, Afghanistan"; null when none or several.
     */
    static Actor ruler(SentenceView v, List<SentenceView> views, int t, Act seat) {
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
}
