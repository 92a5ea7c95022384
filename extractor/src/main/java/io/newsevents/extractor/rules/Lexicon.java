package io.newsevents.extractor.rules;

import java.util.HashSet;
import java.util.Set;

/** Word lists the rules use (all normalised to lower case). */
final class Lexicon {

    private Lexicon() {
    }

    // ---- deals
    static final Set<String> DEAL_VERBS = Set.of("signed", "inked", "concluded", "finalised", "finalized", "sealed",
            "clinched", "struck", "ordered", "purchased", "bought", "procured", "procuring", "purchasing", "signing",
            "signs", "inks", "seals", "clinches", "contracted", "sold", "completed", "exchanged", "forged", "cemented",
            "acquired", "finalising", "finalizing", "inking", "sealing", "concluding", "ordering", "buying", "penned",
            "pens");
    /** Verbs that need a deal noun near them to count. */
    static final Set<String> DEAL_VERBS_NEED_NOUN = Set.of("signed", "signing", "signs", "inks", "seals", "clinches",
            "completed", "exchanged", "forged", "cemented",
            "concluded", "concluding", "sealed",
            "sealing", "struck", "finalised", "finalized", "finalising", "finalizing", "clinched", "inked", "inking",
            "penned", "pens");
    static final Set<String> PURCHASE_VERBS = Set.of("ordered", "purchased", "bought", "procured", "procuring", "sold",
            "purchasing", "acquired", "ordering", "buying");
    static final Set<String> WIN_VERBS = Set.of("won", "win", "awarded", "secured", "securing", "bagged", "landed",
            "wins", "secures", "winning");
    static final Set<String> DEAL_NOUNS = Set.of("deal", "deals", "contract", "contracts", "agreement", "agreements",
            "accord", "accords", "treaty", "treaties", "pact", "pacts", "declaration", "memorandum", "memoranda",
            "memorandums", "mou",
            "mous", "ceasefire", "ceasefires", "armistice", "truce", "protocol", "order", "orders", "purchase",
            "settlement", "statement", "package", "tender", "agreement's", "deal's", "acquisition", "sale",
            "procurement");
    static final Set<String> CEASEFIRE_NOUNS = Set.of("ceasefire", "ceasefires", "armistice", "truce");
    static final Set<String> PLURAL_DEAL_NOUNS = Set.of("deals", "contracts", "agreements", "accords", "treaties",
            "pacts", "memoranda", "memorandums", "mous", "orders");
    /** Objects of "ordered" that are not goods. */
    static final Set<String> ACTION_NOUNS = Set.of("deployment", "withdrawal", "evacuation", "strike", "strikes",
            "attack", "attacks", "investigation", "probe", "arrest", "arrests", "release", "closure", "troops",
            "forces", "retreat", "ceasefire", "halt", "suspension", "inquiry", "review", "expulsion", "mobilisation",
            "mobilization", "shutdown", "lockdown", "sanctions", "ban", "him", "her", "them", "that", "it");
    static final Set<String> BROKER_VERBS = Set.of("brokered", "mediated", "facilitated", "brokering", "mediating",
            "facilitating", "hosted", "sponsored", "backed", "guaranteed", "arranged", "arranging", "negotiated",
            "witnessed", "oversaw", "overseen", "chaired", "helped", "help");
    static final Set<String> MAKER_VERBS = Set.of("developed", "made", "manufactured", "built", "produced", "designed",
            "supplied", "provided", "delivered", "co-developed", "engineered", "assembled", "exported");
    static final Set<String> SOURCE_NOUNS = Set.of("media", "officials", "official", "sources", "analysts", "experts",
            "reports", "report", "press", "newspaper", "newspapers", "outlets", "commentators", "observers",
            "agency", "spokesperson", "spokesman", "spokeswoman", "ministry", "government", "side");
    static final Set<String> ARMS_WORDS = Set.of("arms", "weapons", "weapon", "jets", "jet", "fighter", "fighters",
            "aircraft", "drones", "drone", "uav", "uavs", "missile", "missiles", "helicopters", "helicopter", "tanks",
            "tank", "radar", "radars", "rocket", "rockets", "launcher", "launchers", "artillery", "ammunition",
            "warships", "warship", "frigates", "frigate", "submarines", "submarine", "corvettes", "howitzers",
            "defence", "defense", "military", "munitions", "rifles", "air-defence", "systems", "vessels", "ships",
            "armoured", "armored", "vehicles", "interceptors", "guns", "shells", "trainer");
    static final Set<String> COOPERATION_WORDS = Set.of("cooperation", "co-operation", "declaration", "memorandum",
            "mou", "treaty", "partnership", "friendship", "framework", "alliance", "strategic", "security",
            "collaboration", "joint", "production", "pact");
    static final Set<String> TRADE_WORDS = Set.of("trade", "gas", "oil", "export", "exports", "import", "imports",
            "pipeline", "lng", "grain", "tariff", "tariffs", "investment", "energy", "free-trade", "supply");
    /** Generic words that do not tell two deals apart. */
    static final Set<String> GENERIC_ITEM_WORDS = Set.of("system", "systems", "aircraft", "jets", "jet", "fighter",
            "fighters", "drones", "drone", "defence", "defense", "air", "missile", "missiles", "the", "of", "and",
            "versions", "version", "equipment", "military", "arms", "weapons", "new", "deal", "contract",
            "agreement", "agreements", "anti", "rocket", "rockets", "multiple", "launch", "launcher", "range",
            "long", "medium", "short", "block", "mk", "unmanned", "aerial", "vehicles", "ammunition", "supply",
            "cooperation", "security", "surface", "to", "sam", "counter", "mobile", "for", "a", "an", "its");

    // ---- exercises
    static final Set<String> EXERCISE_NOUNS = Set.of("exercise", "exercises", "drill", "drills", "wargame",
            "wargames", "war-game", "war-games", "manoeuvres", "maneuvers", "manoeuvre", "maneuver", "war", "games",
            "game", "wargaming");
    static final Set<String> EXERCISE_MODIFIERS = Set.of("joint", "military", "naval", "air", "army", "trilateral",
            "bilateral", "multilateral", "tri-lateral", "combined", "field", "command", "staff", "live-fire", "live",
            "fire", "tactical", "counter-terrorism", "counterterrorism", "anti-terror", "annual", "large-scale",
            "massive", "major", "defence", "defense", "amphibious", "maritime", "aerial", "mountain", "special",
            "strategic", "regional", "lateral", "multinational", "quadrilateral", "anti-terrorism",
            "terrorism", "forces", "warfare", "training", "exercise", "exercises", "sea", "land", "nuclear",
            "missile", "submarine", "peacekeeping", "rescue", "snap", "biennial", "artillery", "armoured", "armored",
            "infantry", "airborne", "marine", "coastal", "security", "war", "interoperability");
    static final Set<String> EXERCISE_VERBS = Set.of("held", "conducted", "conducting", "staged", "staging",
            "culminated", "concluded", "began", "begun", "started", "launched", "holding", "completed", "commenced",
            "kicked", "organised", "organized", "participated", "participating", "joined", "carried", "practised",
            "practiced", "rehearsed", "wrapped", "underway", "ended", "opened", "hosted", "performed", "executed",
            "finished");
    static final Set<String> NOT_EXERCISE_BEFORE = Set.of("fire", "safety", "evacuation", "earthquake", "oil",
            "drilling", "to", "free", "physical", "an");

    // ---- recognition
    static final Set<String> RECOGNISE = Set.of("recognise", "recognize", "recognises", "recognizes", "recognised",
            "recognized", "recognising", "recognizing", "acknowledge", "acknowledges", "acknowledged",
            "acknowledging", "recognition", "unrecognised", "unrecognized");
    static final Set<String> REFUSE = Set.of("refuses", "refused", "refusing", "refuse", "refusal", "declined",
            "declines", "decline", "declining", "refrain", "refrains", "refrained", "refraining", "rejects",
            "rejected", "rejecting", "withholds", "withheld", "withholding", "withdrew", "withdraws", "revoked",
            "revokes", "rescinded", "avoided", "avoids", "avoid", "avoiding");
    static final Set<String> DEMAND_VERBS = Set.of("urged", "urges", "urge", "urging", "called", "calls", "asked",
            "asks", "demanded", "demands", "demanding", "pressed", "presses", "pressured", "pressuring", "lobbied",
            "lobbying", "persuade", "persuaded", "encouraged", "encourages", "appealed", "appeals", "told", "warned",
            "warns", "pushing", "pushed", "convince", "convinced");

    // ---- modality, negation, cancellation
    static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor", "without", "cannot",
            "hasn't", "haven't", "didn't", "doesn't", "don't", "won't", "wasn't", "weren't", "isn't", "aren't",
            "failed", "fails", "fail", "unable", "yet");
    static final Set<String> MODAL = Set.of("will", "would", "shall", "may", "might", "could", "should", "can",
            "must", "'ll", "to");
    static final Set<String> INTENT = Set.of("plan", "plans", "planned", "planning", "intend", "intends", "intended",
            "intention", "intent", "expected", "expects", "expect", "likely", "set", "poised", "going", "aims",
            "aim", "aiming", "seeks", "seek", "seeking", "wants", "want", "wanted", "hope", "hopes", "hoped",
            "hoping", "considering", "consider", "considers", "proposed", "propose", "proposes", "proposal",
            "prospective", "potential", "possible", "possibly", "upcoming", "future", "ready", "prepared", "preparing",
            "prepares", "interest", "interested", "negotiating", "negotiate", "mulling", "discussed", "discussing",
            "discuss", "discusses", "weighing", "eyeing", "explore", "exploring",
            "prospect", "prospects", "scheduled", "slated", "due", "tentative", "draft", "envisaged", "pending",
            "awaiting", "would-be", "preparations", "intentions", "bid", "pledged", "pledge", "pledges", "promised", "promise", "willing", "keen", "eager",
            "whether", "if", "unless", "request", "requested", "requests", "sought",
            "trying", "tried", "attempt", "attempts", "attempted", "next", "forthcoming");
    static final Set<String> CANCEL = Set.of("cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling",
            "cancellation", "scrapped", "scrap", "scraps", "scrapping", "terminated", "terminate", "termination",
            "annulled", "annul", "suspended", "suspend", "suspends", "voided", "revoked", "revoke", "rescinded",
            "abandoned", "abandon", "collapsed", "withdrew", "withdrawn", "withdraw", "withdrawing", "quit",
            "shelved", "froze", "frozen", "halted", "denied", "denies", "deny", "denying", "dismissed", "rejected",
            "rumours", "rumors", "speculation", "speculated", "unconfirmed", "stalled", "false", "untrue",
            "baseless", "unfounded", "fake", "fabricated",
            "reneged", "hypothetical", "postponed", "postpone", "postpones", "postponing",
            "deferred", "defer", "defers", "deferring");
    static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "reports", "reported", "according",
            "claimed", "claims", "purportedly", "said", "sources");

    static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "although", "though", "but", "however",
            "which", "who", "whose", "whom", "because", "unlike", "despite", "yet", "meanwhile", "whilst");
    static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "&", "the", "both", "-", "/", "as", "well", "nor",
            "'s", "its", "their", "along", "with", "plus");

    // ---- shared by the rules of several kinds
    /** "traditionally bought", "for decades", "mostly holds": a habit, not one deal or one exercise. */
    /** Month names and their short forms ("Sept", "Nov"), as datelines and dates write them. */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    static final Set<String> HABITUAL = Set.of("traditionally", "historically", "regularly", "usually",
            "typically", "decades", "mostly", "mainly", "largely", "primarily", "routinely", "habitually");
    /** Prepositions before a place name that make it where something happened ("in Sochi", "into the Baltic"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "into");

    // ---- helpers

    /** One set with the words of all the given sets. */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> x : sets) {
            out.addAll(x);
        }
        return Set.copyOf(out);
    }
}
