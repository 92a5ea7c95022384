package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.List;
import java.util.Set;

/** The role each actor of a clause plays for the deal or the exercise the clause reports. */
final class Roles {

    /**
     * PARTY takes part; WEAK only counts when too few parties are named (the maker of the goods, the place or host);
     * EXCLUDED takes no part (a rival, a target, a source, a place by a border); BROKER mediates a deal.
     */
    enum Role { PARTY, WEAK, EXCLUDED, BROKER }

    /** "drills in X", "an exercise off X": the actor after these is the host (the location), not a participant. */
    private static final Set<String> EXERCISE_HOST_PREPOSITIONS = Set.of("in", "at", "near", "off", "outside");
    /**
     * Words right before an actor that make it a rival, a target or a comparison, not a party ("outbid X", "against
     * X").
     */
    private static final Set<String> NOT_PARTY_BEFORE = Set.of("outbid", "beat", "beating", "than", "against", "unlike",
            "except", "excluding", "without", "outbidding", "besides", "towards", "toward", "counter", "countering",
            "amid", "despite", "regarding", "concerning", "deter", "deterring", "contain", "replace", "replacing",
            "rival", "rivals", "targeting", "simulating", "vs", "versus", "through", "via");
    /** Skipped between an actor and the word before it ("with the Philippines", "by its ally X"). */
    private static final Set<String> DETERMINERS = Set.of("the", "both", "its", "their", "his", "her", "our", "a",
            "an");
    /** "simulating an attack by X", "to deter X": up to five words before an actor, it makes X a target. */
    private static final Set<String> NOT_PARTY_NEAR = Set.of("simulating", "targeting", "against", "counter", "deter",
            "replace", "replacing", "countering", "deterring");
    /** "signed on the sidelines of a summit in X": X is the venue of a deal, not a party. */
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at", "near", "inside", "outside");
    /** "near the border with X", "off the coast of X", "a message to X": X is a place or an addressee. */
    private static final Set<String> NOT_PARTY_CONTEXT = Set.of("border", "borders", "coast", "waters", "close",
            "instead", "message", "warning", "aimed", "threat", "threats", "influence", "pressure", "airspace",
            "territory", "shores", "sea", "gulf", "strait", "straits", "bay");
    /** "NATO's eastern flank", "Russia's borders": a place named by its owner, not an act of the owner. */
    private static final Set<String> OWNED_PLACE = Set.of("flank", "flanks", "border", "borders", "coast", "coastline",
            "waters", "airspace", "shores", "doorstep", "backyard", "periphery");
    /** "Russian media", "Chinese analysts": after an actor, a source that reports, not a party. */
    private static final Set<String> MEDIA_NOUNS = Set.of("media", "press", "newspaper", "newspapers", "outlets",
            "reports", "report", "analysts", "experts", "commentators");
    /** Verbs of saying after a source noun ("Indian officials said"): the source reports the fact, it takes no part. */
    private static final Set<String> SAYING_VERBS = Set.of("said", "say", "says", "reported", "told", "claimed",
            "stated", "announced", "confirmed");
    /** "under the auspices of X", "at the invitation of X": X sponsors the fact, it is no party to it. */
    private static final Set<String> SPONSORSHIP_NOUNS = Set.of("auspices", "aegis", "mediation", "initiative",
            "invitation", "behalf");
    /** "a splinter of X", "a faction of X": the part acted, not X. */
    private static final Set<String> PART_NOUNS = Set.of("splinter", "offshoot", "faction", "wing", "remnants",
            "splinters", "factions");
    /** Nouns an alliance's name modifies ("a GCC state", "a UN mandate", "NATO standards"): the bloc does not act. */
    private static final Set<String> BLOC_MODIFIED = Set.of("state", "states", "member", "members", "mandate",
            "summit", "resolution", "resolutions", "secretary", "chief", "standards", "standard", "charter",
            "framework", "umbrella", "flag", "auspices", "country", "countries", "nation", "nations", "membership",
            "accession", "candidate", "aspirant");
    /** "in the absence of X", "the withdrawal of X": X stays out of the exercise. */
    private static final Set<String> ABSENCE_NOUNS = Set.of("absence", "withdrawal", "minus");
    /** Words after an actor that say it stayed out of an exercise ("X withdrew", "X observed", "X sent observers"). */
    private static final Set<String> NOT_TAKING_PART_WORDS = Set.of("withdraw", "withdrew", "withdrawn", "skipped",
            "boycotted", "observed", "observer", "observers");

    private Roles() {
    }

    /** True when the act is an owner named in "the Indian-Russian joint venture": the venture, not its owners, acts. */
    private static boolean jointVentureOwner(Tokens tk, int e, int b) {
        for (int i = e; i < Math.min(b - 1, e + 5); i++) {
            String w = tk.norm(i);
            if ("joint".equals(w) && ("venture".equals(tk.norm(i + 1)) || "ventures".equals(tk.norm(i + 1)))) {
                return true;
            }
            if (!("-".equals(w) || "/".equals(w) || "and".equals(w) || tk.isWord(i) && tk.capitalised(i))) {
                return false;
            }
        }
        return false;
    }

    /** The role each act in [cs, ce) plays for an event: party, weak (maker, location) or excluded. */
    static Role[] of(SentenceView v, List<Act> acts, boolean exercise) {
        Tokens tk = v.tk;
        Role[] roles = new Role[acts.size()];
        for (int k = 0; k < acts.size(); k++) {
            Act ac = acts.get(k);
            Role r = Role.PARTY;
            int p = ac.s() - 1;
            while (p >= v.a && DETERMINERS.contains(tk.norm(p))) {
                p--;
            }
            String p1 = p >= v.a ? tk.norm(p) : "";
            String p2 = p - 1 >= v.a ? tk.norm(p - 1) : "";
            String p3 = p - 2 >= v.a ? tk.norm(p - 2) : "";
            String n1 = tk.norm(ac.e());
            String n2 = tk.norm(ac.e() + 1);
            if ("by".equals(p1) && (Lexicon.BROKER_VERBS.contains(p2) || "mediation".equals(p2))
                    && !(exercise && ("hosted".equals(p2) || "organised".equals(p2) || "organized".equals(p2)
                    || "sponsored".equals(p2) || "co-sponsored".equals(p2)))) {
                r = Role.BROKER;
            } else if ("by".equals(p1) && "visit".equals(p2)) {
                r = Role.EXCLUDED;
            } else if ("by".equals(p1) && (Lexicon.MAKER_VERBS.contains(p2) || Lexicon.MAKER_VERBS.contains(p3))) {
                r = Role.WEAK;
            } else if (exercise && "-".equals(n1) && ("led".equals(n2) || "hosted".equals(n2))) {
                r = Role.PARTY; // "the Polish-led exercise": the lead nation takes part in it
            } else if ("-".equals(n1) && Lexicon.BROKER_VERBS.contains(n2)) {
                r = Role.BROKER;
            } else if ("-".equals(n1) && (Lexicon.MAKER_VERBS.contains(n2) || "origin".equals(n2))) {
                r = Role.WEAK;
            } else if (!exercise && (Lexicon.BROKER_VERBS.contains(n1) && !"helped".equals(n1) && !"help".equals(n1)
                    || ("successfully".equals(n1) || "also".equals(n1) || "had".equals(n1) || "has".equals(n1))
                    && Lexicon.BROKER_VERBS.contains(n2))) {
                r = Role.BROKER;
            } else if (Actor.ORGANIZATION.equals(ac.actor().kind()) && (Lexicon.ARMS_WORDS.contains(n1)
                    && !"military".equals(n1) && !"defence".equals(n1) && !"defense".equals(n1)
                    || productThenGoods(tk, ac.e(), v.b))) {
                r = Role.WEAK; // "Eurofighter jets", "Eurofighter Typhoon jets": the maker of the goods
            } else if (exercise && EXERCISE_HOST_PREPOSITIONS.contains(p1)) {
                r = Role.WEAK; // the host country of an exercise is its location
            } else if (NOT_PARTY_BEFORE.contains(p1) || notPartyNear(tk, ac.s(), v.a)) {
                r = Role.EXCLUDED;
            } else if (("with".equals(p1) || "of".equals(p1) || "to".equals(p1) || "at".equals(p1) || "from".equals(p1)
                    || "off".equals(p1)) && (NOT_PARTY_CONTEXT.contains(p2) || NOT_PARTY_CONTEXT.contains(p3))) {
                r = Role.EXCLUDED; // "near the border with X", "off the coast of X", "a message to X"
            } else if (!exercise && VENUE_PREPOSITIONS.contains(p1)) {
                r = Role.WEAK; // "signed on the sidelines of a summit in X"
            } else if (Lexicon.SOURCE_NOUNS.contains(n1) && !ac.ref() && (MEDIA_NOUNS.contains(n1)
                    || SAYING_VERBS
                    .contains(n2))) {
                r = Role.EXCLUDED;
            } else if ("to".equals(p1) && "according".equals(p2)) {
                r = Role.EXCLUDED;
            } else if ("of".equals(p1) && (SPONSORSHIP_NOUNS.contains(p2) || PART_NOUNS.contains(p2))) {
                r = Role.EXCLUDED;
            } else if (ac.place() && Lexicon.PLACE_PREPOSITIONS.contains(p1)) {
                r = Role.WEAK;
            } else if (exercise && ABSENCE_NOUNS.contains(p2) && "of".equals(p1)) {
                r = Role.EXCLUDED;
            } else if (exercise && ("response".equals(p2) && "to".equals(p1) || "response".equals(p3))) {
                r = Role.EXCLUDED;
            }
            if (Actor.ORGANIZATION.equals(ac.actor().kind()) && ac.actor().iso3() == null
                    && BLOC_MODIFIED.contains(n1)) {
                r = Role.EXCLUDED; // "the first Gulf Cooperation Council state to", "under a UN mandate"
            }
            if ("'s".equals(n1) && (OWNED_PLACE.contains(n2) || OWNED_PLACE.contains(tk.norm(ac.e() + 2)))) {
                r = Role.EXCLUDED; // "the security of NATO's eastern flank"
            }
            if (!exercise && jointVentureOwner(tk, ac.e(), v.b)) {
                r = Role.EXCLUDED;
            }
            if (exercise && r != Role.EXCLUDED) {
                // "X has now chosen to withdraw", "X pulled out", "X observed"
                for (int i = ac.e(); i < Math.min(v.b, ac.e() + 6); i++) {
                    String w = tk.norm(i);
                    if (NOT_TAKING_PART_WORDS.contains(w) || ("pulled".equals(w) && "out".equals(tk.norm(i + 1)))) {
                        r = Role.EXCLUDED;
                        break;
                    }
                    if (",".equals(w) || "and".equals(w) && i > ac.e() || "alongside".equals(w)
                            || "with".equals(w) || "beside".equals(w)) {
                        break; // "Japan taking part alongside observer states": the observers are others
                    }
                }
            }
            // the same role for the rest of a list ("brokered by Russia and Turkey")
            if (k > 0 && r == Role.PARTY && roles[k - 1] != Role.PARTY && Clauses.listConnected(v, acts.get(k - 1), ac)
                    && !ac.place()) {
                r = roles[k - 1];
            }
            roles[k] = r;
        }
        return roles;
    }

    /** "Typhoon jets", "A400M aircraft": a product name (one or two capitalised or numbered words) and a goods word. */
    private static boolean productThenGoods(Tokens tk, int i, int end) {
        for (int k = i; k < Math.min(end, i + 2); k++) {
            if (!(tk.isWord(k) && tk.capitalised(k) || tk.isNumber(k) || "-".equals(tk.norm(k)))) {
                return false;
            }
            String next = tk.norm(k + 1);
            if (k + 1 < end && Lexicon.ARMS_WORDS.contains(next) && !"military".equals(next)
                    && !"defence".equals(next) && !"defense".equals(next)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notPartyNear(Tokens tk, int s, int floor) {
        for (int q = s - 1; q >= Math.max(floor, s - 5); q--) {
            String w = tk.norm(q);
            if (",".equals(w) || ";".equals(w)) {
                return false;
            }
            if (NOT_PARTY_NEAR.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
