package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.Roles.Role;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who the parties of one deal are: the roles of the names in its clause less the onlookers (reporters, mediators,
 * members of a body, names set apart or following the deal), the group after "between", the subject of a relative
 * clause, the announcing company, an antecedent or a table caption when a party is missing, and the split of one
 * subject with several partners into pairs. Stateless: every method is static.
 */
final class DealParties {

    /** Feelings an onlooker has about a deal: "to Beijing's fury", "to the dismay of Moscow". */
    private static final Set<String> REACTION_NOUNS = Set.of("fury", "anger", "dismay", "alarm", "irritation",
            "annoyance", "chagrin", "displeasure", "concern", "concerns", "consternation", "frustration", "delight",
            "satisfaction", "surprise", "relief", "disappointment", "unease", "ire", "protests", "objections");
    /** After an actor named after the deal verb: it allowed the deal ("with U.S. approval", "with Russian consent"). */
    private static final Set<String> APPROVAL_NOUNS = Set.of("approval", "approvals", "consent", "blessing",
            "permission", "clearance", "authorisation", "authorization", "go-ahead", "acquiescence");
    /** After a comma and the actors: they report the deal, they are not party to it (", X and Y said in a statement"). */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "announced", "confirmed", "reported",
            "stated", "added", "noted", "declared", "tweeted", "wrote");
    /** Words before "that" that open a reported clause rather than a relative one ("said that", "so that"). */
    private static final Set<String> NOT_RELATIVE_BEFORE = Set.of("said", "says", "announced", "confirmed", "stated",
            "noted", "reported", "added", "so", "such", "now", "given", "believes", "hopes", "expects", "argued",
            "insisted", "claimed", "warned", "showed", "shows", "means", "ensure", "ensures", "",
            ",", "and", "but");
    /** "a member of X", "its membership of X": X is the body the party belongs to, not a party. */
    private static final Set<String> MEMBERSHIP_NOUNS = Set.of("membership", "member", "members", "memberships");
    /** After an actor: it brokers the deal ("after Turkish mediation"). */
    private static final Set<String> MEDIATION_NOUNS = Set.of("mediation", "mediators", "mediator", "brokering",
            "facilitation");
    /** Nouns that a name modifies when another name follows: "Eurofighter partner Italy", "NATO ally Turkey". */
    private static final Set<String> PARTNER_NOUNS = Set.of("partner", "partners", "ally", "allies", "member",
            "members", "nation", "nations", "state", "states", "country", "countries");
    /** "the first EU state to ...": nouns for a member state after the name of the body it belongs to. */
    private static final Set<String> STATE_NOUNS = Set.of("state", "states", "country", "countries", "nation",
            "nations");
    /** "Slovakia, another NATO member, ...": the body a party belongs to, named in an appositive. */
    private static final Set<String> APPOSITIVE_DETERMINERS = Set.of("another", "a", "an", "fellow");
    /** "with China's envoy standing between them": who watched the signing. */
    private static final Set<String> ONLOOKER_PARTICIPLES = Set.of("standing", "looking", "watching", "present",
            "attending", "sitting", "presiding", "witnessing", "overseeing");
    /** "its dependence on Russia": the supplier a deal turns away from. */
    private static final Set<String> DEPENDENCE = Set.of("reliance", "dependence", "dependency", "reliant",
            "dependent", "over-reliance", "overreliance");
    /** Events a deal is dated or explained by: "after Russia's invasion", "amid Chinese pressure". */
    private static final Set<String> EVENT_NOUNS = Set.of("invasion", "strikes", "strike", "attack", "attacks",
            "offensive", "war", "coup", "incursion", "incursions", "aggression", "annexation", "pressure", "threats",
            "threat", "sanctions", "blockade", "bombardment", "shelling", "escalation", "occupation", "raids",
            "withdrawal", "assertiveness", "buildup", "build");
    /** Words that open such a circumstance: "in the aftermath of", "amid", "following". */
    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("after", "amid", "amidst", "following",
            "aftermath", "despite", "during", "since", "wake", "face", "response");
    /** "a deal supported by X": who backed or paid for a deal, not who signed it. */
    private static final Set<String> SUPPORT_PARTICIPLES = Set.of("supported", "backed", "financed", "funded",
            "underwritten", "guaranteed", "welcomed", "endorsed", "criticised", "criticized", "opposed", "praised",
            "condemned", "subsidised", "subsidized");
    /** "with X and Y as guarantors": who vouched for or watched the signing. */
    private static final Set<String> ONLOOKER_ROLES = Set.of("guarantors", "guarantor", "witnesses", "witness",
            "observers", "observer", "brokers", "broker", "hosts", "host");
    /** "after a 2022 sale to X", "following its earlier purchase from Y": an earlier deal set beside this one. */
    /** Participles after a comma that add members or say who took part, not what followed. */
    private static final Set<String> NOT_CONSEQUENCE = Set.of("including", "involving", "representing",
            "acting", "along", "together", "covering");
    /** Nouns that make the name before them the name of a war: "the Karabakh war", "the Ukraine conflict". */
    private static final Set<String> WAR_NOUNS = Set.of("war", "wars", "conflict", "conflicts");
    private static final Set<String> EARLIER = Set.of("after", "following", "besides", "before");
    /** "after talks with X": X talked, it did not sign. */
    private static final Set<String> TALK_NOUNS = Set.of("talks", "negotiations", "consultations", "discussions",
            "meeting", "meetings", "contacts");
    /** Prepositions that open the topic of talks: "talks on a US package", "negotiations over a French offer". */
    private static final Set<String> TALK_TOPICS = Set.of("on", "over", "about");
    /** Determiners of a new subject after ", and" ("..., and a Saudi proposal for a base has not advanced"). */
    private static final Set<String> NEW_SUBJECT_DETERMINERS = Set.of("a", "an", "the", "its", "their");
    /** Auxiliaries that make a clause's finite verb. */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "could", "can", "may", "might", "did", "does", "do");
    /** Glued prefixes that make a name part of an adjective: "trans-Afghan", "anti-Russian", "pro-Western". */
    private static final Set<String> NAME_PREFIXES = Set.of("trans", "pan", "anti", "pro", "non", "ex", "post",
            "pre", "inter", "intra", "extra", "sub");
    /** The verb of a company's announcement that frames a deal: "X announces that ...". */
    private static final Set<String> ANNOUNCES = Set.of("announces", "announced", "confirms", "confirmed");

    /** Conjunctions after a deal that open a clause with a subject of its own ("after ECOWAS threatened to ..."). */
    private static final Set<String> LATER_SUBORDINATORS = Set.of("after", "before", "when", "because", "since",
            "while", "once", "until", "although", "though", "whereas", "unless");
    /** Words of a subject between a subordinator and its name ("after the Sudanese army", "when its neighbour"). */
    private static final Set<String> SUBJECT_LEAD = Set.of("the", "its", "their", "neighbouring", "neighboring",
            "rival", "both");
    /** Finite verbs that are not regular pasts: the verb of a subordinate or of the main clause. */
    private static final Set<String> FINITE_VERBS = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "could", "can", "may", "might", "did", "does", "do", "refused", "began", "took", "made", "sold",
            "won", "lost", "broke", "went", "fell", "threw", "drew", "gave", "came", "left", "sent", "hit", "cut",
            "pulled", "withdrew", "froze", "says", "said");
    /** Main verbs after an object relative clause ("the pact that A and B signed in May continues to ..."). */
    private static final Set<String> MAIN_VERBS = Set.of("has", "have", "is", "are", "was", "were", "will", "would",
            "could", "can", "may", "might", "continues", "continue", "remains", "remain", "drew", "draws", "prompted",
            "prompts", "angered", "angers", "alarmed", "alarms", "worried", "worries", "raised", "raises", "sparked",
            "sparks", "triggered", "triggers", "irked", "irks", "unsettled", "unsettles", "concerns", "concerned");

    private DealParties() {
    }

    /** The parties chosen for one deal: the names that take part, all their actors, and whether a caption gave any. */
    record Chosen(List<Act> acts, List<Actor> actors, boolean fromContext) {
    }

    /**
     * The parties of trigger {@code t} in the clause [cs, ce): the names whose role is a party, less brokers and
     * onlookers, narrowed to a "between" group or a relative clause, with the subject {@code carried} from an earlier
     * clause; places and makers, the caption's names {@code fill}, an antecedent or the announcing company fill in a
     * missing party.
     */
    static Chosen choose(SentenceView v, int t, int noun, int cs, int ce, List<Actor> fill, List<Act> carried) {
        Tokens tk = v.tk;
        List<Act> acts = new ArrayList<>(Clauses.actsIn(v, cs, ce));
        // "PAC-3 interceptors", "MiG-29s": a name glued to a model number is a product, not a party
        acts.removeIf(ac -> "-".equals(tk.norm(ac.e())) && !tk.spaceBefore(ac.e()) && tk.isNumber(ac.e() + 1)
                && !tk.spaceBefore(ac.e() + 1));
        Role[] roles = Roles.of(v, acts, false);
        bystanders(v, acts, roles, t, ce);
        offside(v, acts, roles, t);
        Set<String> brokers = new HashSet<>();
        for (int k = 0; k < acts.size(); k++) {
            if (roles[k] == Role.BROKER) {
                brokers.add(acts.get(k).key());
            }
        }
        // "a ceasefire it had brokered between Armenia and Azerbaijan": the parties are the ones named after "between"
        List<Act> between = betweenGroup(v, acts, cs, ce);
        String tw = tk.norm(t);
        boolean restrict = between.size() >= 2 && (Lexicon.BROKER_VERBS.contains(tw) || t == noun);
        List<Act> parties = new ArrayList<>();
        List<Act> weak = new ArrayList<>();
        for (int k = 0; k < acts.size(); k++) {
            Act ac = acts.get(k);
            if (restrict && !between.contains(ac)) {
                continue;
            }
            if (roles[k] == Role.PARTY && !brokers.contains(ac.key())) {
                parties.add(ac);
            } else if (roles[k] == Role.WEAK && !brokers.contains(ac.key())) {
                weak.add(ac);
            }
        }
        int rel = relativeOpener(v, noun, t);
        if (rel >= 0) {
            List<Act> inside = new ArrayList<>();
            for (Act ac : parties) {
                if (ac.s() > rel) {
                    inside.add(ac);
                }
            }
            if (ActorLists.distinctKeys(actorsOf(inside)) >= 2) {
                parties = inside; // "praised the contract that Hungary signed with Israel": the relative clause's own
            }
        }
        for (Act c : carried) {
            if (!parties.contains(c)) {
                parties.add(0, c); // "X bought A from Y and signed B with Z": X is the subject of both
            }
        }
        Act announcer = announcer(v, t);
        if (announcer != null && parties.contains(announcer)) {
            List<Act> rest = new ArrayList<>(parties);
            rest.remove(announcer);
            if (ActorLists.distinctKeys(actorsOf(rest)) >= 2) {
                parties = rest; // "Saab announced that X signed a contract with Y": Saab only reports it
            }
        }
        boolean fromContext = false;
        List<Actor> partyActors = actorsOf(parties);
        // places and makers fill in a missing party, but two of them do not make a deal without a party
        boolean weakFill = !partyActors.isEmpty() || weak.size() < 2;
        if (ActorLists.distinctKeys(partyActors) < 2 && weakFill && !(partyActors.isEmpty() && onlyMakers(tk, weak))) {
            // a name that is no venue first: "in Beijing, Saudi Arabia's adviser and Iran's official signed"
            for (Act wk : weak) {
                if (!venue(v, wk)) {
                    ActorLists.addUnique(partyActors, wk.actor());
                }
            }
            for (Act wk : weak) {
                if (venue(v, wk) && ActorLists.distinctKeys(partyActors) < 2) {
                    ActorLists.addUnique(partyActors, wk.actor());
                }
            }
        }
        if (ActorLists.distinctKeys(partyActors) < 2 && fill != null) {
            for (Actor f : fill) {
                ActorLists.addUnique(partyActors, f);
            }
            fromContext = true;
        }
        if (ActorLists.distinctKeys(partyActors) < 2) {
            Act label = labelBefore(v, cs);
            if (label != null && !ActorLists.hasKey(partyActors, label.actor())) {
                // "Czech Republic: The defence ministry on Tuesday signed an amendment with BAE Systems"
                ActorLists.addUnique(partyActors, label.actor());
                parties.add(0, label);
            }
        }
        if (ActorLists.distinctKeys(partyActors) < 2) {
            Act ante = Clauses.antecedent(v, cs);
            if (ante != null) {
                ActorLists.addUnique(partyActors, ante.actor());
                parties.add(0, ante);
            }
        }
        if (ActorLists.distinctKeys(partyActors) == 1 && "for".equals(tk.norm(noun + 1))) {
            // "Saab AB announces that the Ministry of Defence of X has signed a contract for ...": the seller speaks
            if (announcer != null && !parties.contains(announcer)) {
                ActorLists.addUnique(partyActors, announcer.actor());
                parties.add(0, announcer);
            }
        }
        return new Chosen(parties, partyActors, fromContext);
    }

    /**
     * Actors after the trigger that only look on: the subject of a relative clause that reports no deal of its own
     * ("a relationship that Azerbaijan has denounced", "a pact that New Delhi hopes will limit China's reach"), an
     * onlooker's feeling ("to Beijing's fury", "to the dismay of Moscow") and the ones who report the deal (", the
     * United States and Saudi Arabia said"). Also a mediator named by a demonym ("after Turkish mediation").
     */
    private static void bystanders(SentenceView v, List<Act> acts, Role[] roles, int t, int ce) {
        Tokens tk = v.tk;
        int relative = -1;
        for (int i = t + 1; i < ce; i++) {
            String w = tk.norm(i);
            if (("that".equals(w) || "which".equals(w)) && !NOT_RELATIVE_BEFORE.contains(v.w(i - 1))) {
                boolean ownDeal = false;
                for (int j = i + 1; j < ce; j++) {
                    if (Lexicon.DEAL_VERBS.contains(tk.norm(j)) && !Clauses.blocked(v, j, i + 1)) {
                        ownDeal = true; // not "a tour that will take him to X, where more deals are expected to be signed"
                        break;
                    }
                }
                if (!ownDeal) {
                    relative = i;
                }
                break;
            }
        }
        int then = -1;
        for (int i = t + 1; i < ce - 1; i++) {
            String p = tk.norm(i - 1);
            if ("then".equals(tk.norm(i)) && (",".equals(p) || "and".equals(p)) && tk.isWord(i + 1)
                    && !tk.capitalised(i + 1)) {
                then = i; // "bought 19 howitzers from France, then donated them to Ukraine": a later act of its own
                break;
            }
        }
        int later = laterSubject(v, t, ce);
        if (later < 0) {
            later = mainVerbAfterRelative(v, t, ce);
        }
        if (later < 0) {
            later = mainVerbAfterParticiple(v, t, ce);
        }
        for (int k = 0; k < acts.size(); k++) {
            Act ac = acts.get(k);
            if (later >= 0 && ac.s() > later) {
                roles[k] = Role.EXCLUDED; // "signed in 2017, after Germany refused to ...": a clause of its own
                continue;
            }
            if (then >= 0 && ac.s() > then) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            if (MEDIATION_NOUNS.contains(tk.norm(ac.e()))) {
                roles[k] = Role.BROKER;
                continue;
            }
            if (ac.s() <= t && "of".equals(tk.norm(ac.s() - 1)) && MEMBERSHIP_NOUNS.contains(tk.norm(ac.s() - 2))
                    || ac.s() <= t && "of".equals(tk.norm(ac.s() - 2)) && "the".equals(tk.norm(ac.s() - 1))
                    && MEMBERSHIP_NOUNS.contains(tk.norm(ac.s() - 3))) {
                roles[k] = Role.EXCLUDED; // "Belarus, despite its membership of the CSTO, sold ..."
                continue;
            }
            if (ac.s() <= t || roles[k] == Role.EXCLUDED) {
                continue;
            }
            if (relative >= 0 && ac.s() > relative) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            int p = ac.s() - 1;
            while (p > t && ("the".equals(tk.norm(p)) || "much".equals(tk.norm(p)))) {
                p--;
            }
            String p1 = tk.norm(p);
            if ("of".equals(p1) && MEMBERSHIP_NOUNS.contains(tk.norm(p - 1))) {
                roles[k] = Role.EXCLUDED; // "despite its membership of the CSTO"
                continue;
            }
            if ("to".equals(p1) && "'s".equals(tk.norm(ac.e())) && (REACTION_NOUNS.contains(tk.norm(ac.e() + 1))
                    || REACTION_NOUNS.contains(tk.norm(ac.e() + 2)))
                    || "of".equals(p1) && (REACTION_NOUNS.contains(tk.norm(p - 1))
                    || ac.s() > t && APPROVAL_NOUNS.contains(tk.norm(p - 1)))) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            if (afterComma(tk, ac.s(), t) && reportsAfter(v, acts, k, ce)) {
                for (int j = k; j < acts.size() && (j == k || Clauses.listConnected(v, acts.get(j - 1), acts.get(j)));
                     j++) {
                    roles[j] = Role.EXCLUDED;
                }
            }
        }
        consequence(v, acts, roles, t, ce);
        followers(v, acts, roles, t, ce);
    }

    /** When two or more parties are named before {@code comma} (if >= 0), the names after it take no part. */
    private static void excludeAfter(List<Act> acts, Role[] roles, int comma) {
        excludeAfter(acts, roles, comma, 2);
    }

    /** When {@code min} or more parties are named before {@code comma} (if >= 0), the names after it take no part. */
    private static void excludeAfter(List<Act> acts, Role[] roles, int comma, int min) {
        if (comma < 0) {
            return;
        }
        Set<String> before = new HashSet<>();
        for (int k = 0; k < acts.size(); k++) {
            if (acts.get(k).s() < comma && roles[k] == Role.PARTY) {
                before.add(acts.get(k).key());
            }
        }
        if (before.size() < min) {
            return;
        }
        for (int k = 0; k < acts.size(); k++) {
            if (acts.get(k).s() > comma) {
                roles[k] = Role.EXCLUDED;
            }
        }
    }

    /**
     * "A and B signed the accords with C in 2020, D followed, and E put its name on paper later": after the deal's
     * parties, a comma opens a clause with a subject and a finite verb of its own; when two or more parties are
     * named before it, the names from there on joined later and are not parties to this signing.
     */
    private static void followers(SentenceView v, List<Act> acts, Role[] roles, int t, int ce) {
        Tokens tk = v.tk;
        int comma = -1;
        boolean pastAct = false;
        for (int i = t + 1; i < ce - 2 && comma < 0; i++) {
            if (!",".equals(tk.norm(i)) && !";".equals(tk.norm(i))) {
                continue;
            }
            int j = i + 1;
            if (",".equals(tk.norm(i)) && "and".equals(tk.norm(j)) && sharedSubjectAct(v, j + 1)) {
                comma = i; // "X bought drones from Y in 2021, and used them along the Z border": a later act of X
                break;
            }
            if ("and".equals(tk.norm(j)) || "while".equals(tk.norm(j)) || "but".equals(tk.norm(j))) {
                j++;
            }
            while (j < ce && (SUBJECT_LEAD.contains(tk.norm(j)) || j == i + 2 && "and".equals(tk.norm(i + 1))
                    && ("a".equals(tk.norm(j)) || "an".equals(tk.norm(j))))) {
                j++;
            }
            if (!DealItems.actorAt(v, j)) {
                continue;
            }
            while (j < ce && (DealItems.actorAt(v, j) || "and".equals(tk.norm(j)))) {
                j++;
            }
            String w = tk.norm(j);
            if (j < ce && finite(tk, j) && !REPORTING_VERBS.contains(w) && !"said".equals(w)) {
                comma = i;
                // ", and Kosovo took delivery of ...": a past act of its own; its subject joins no deal before it
                pastAct = !FINITE_VERBS.contains(w) || "took".equals(w) || "received".equals(w);
            } else if (j < ce && NEW_SUBJECT_DETERMINERS.contains(tk.norm(i + 2)) && "and".equals(tk.norm(i + 1))
                    && laterAuxiliary(v, j)) {
                comma = i; // "..., and a Saudi proposal for a base in the country, first raised in 2017, has stalled"
            }
        }
        excludeAfter(acts, roles, comma, pastAct ? 1 : 2);
    }

    /**
     * A lower-case past verb at {@code j} after ", and" that is no verb of a deal: a second predicate of the same
     * subject that tells another act ("and used them", "and deployed them", "and later retired them").
     */
    private static boolean sharedSubjectAct(SentenceView v, int j) {
        Tokens tk = v.tk;
        String w = tk.norm(j);
        if (j >= v.b || !tk.isWord(j) || tk.capitalised(j) || w.length() < 4 || !w.endsWith("ed")) {
            return false;
        }
        return !Lexicon.DEAL_VERBS.contains(w) && !Lexicon.PURCHASE_VERBS.contains(w)
                && !Lexicon.WIN_VERBS.contains(w) && !Lexicon.BROKER_VERBS.contains(w) && !"agreed".equals(w)
                && !"acquired".equals(w) && !"contracted".equals(w) && !"awarded".equals(w);
    }

    /**
     * From {@code j}, the rest of a noun phrase whose modifier was a name ("Saudi proposal for a base in the
     * country, first discussed in 2017,"): no other name, no deal verb and no relative pronoun before an auxiliary
     * that makes the phrase the subject of a clause of its own.
     */
    private static boolean laterAuxiliary(SentenceView v, int j) {
        Tokens tk = v.tk;
        if (!tk.isWord(j) || tk.capitalised(j)) {
            return false;
        }
        for (int q = j; q < v.b && q < j + 20; q++) {
            String w = tk.norm(q);
            if (AUXILIARIES.contains(w)) {
                return q > j;
            }
            if (DealItems.actorAt(v, q) || Lexicon.DEAL_VERBS.contains(w) || "which".equals(w) || "that".equals(w)
                    || "who".equals(w) || ";".equals(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Slovakia, another NATO member", "the first sale to a NATO and EU member": names (joined by "and") that only
     * modify "member" or "ally" after a determiner describe a party by the bodies it belongs to.
     */
    private static boolean memberOfBody(SentenceView v, Act ac) {
        Tokens tk = v.tk;
        int j = ac.e();
        while (j + 1 < v.b && ("and".equals(tk.norm(j)) || "/".equals(tk.norm(j))) && DealItems.actorAt(v, j + 1)) {
            j++;
            while (j < v.b && DealItems.actorAt(v, j)) {
                j++;
            }
        }
        String noun = tk.norm(j);
        boolean bodyState = ac.actor().iso3() == null && STATE_NOUNS.contains(noun) && !"-".equals(tk.norm(j + 1));
        if (!MEMBERSHIP_NOUNS.contains(noun) && !"ally".equals(noun) && !"allies".equals(noun) && !bodyState) {
            return false;
        }
        int s = ac.s() - 1;
        while (s > v.a && ("and".equals(tk.norm(s)) || "/".equals(tk.norm(s))) && DealItems.actorAt(v, s - 1)) {
            s--;
            while (s > v.a && DealItems.actorAt(v, s)) {
                s--;
            }
        }
        String d = tk.norm(s);
        return s >= v.a && (APPOSITIVE_DETERMINERS.contains(d) || "first".equals(d) && "the".equals(tk.norm(s - 1)));
    }

    /**
     * "A and B signed a declaration on Tuesday, prompting an angry response from C", "X signed a contract with Y,
     * making it the first NATO state to ...": a participle clause after a comma that tells what followed the deal.
     * When two or more parties are named before it, the names inside it take no part.
     */
    private static void consequence(SentenceView v, List<Act> acts, Role[] roles, int t, int ce) {
        Tokens tk = v.tk;
        int comma = -1;
        for (int i = t + 1; i < ce - 1; i++) {
            String w = tk.norm(i + 1);
            if (",".equals(tk.norm(i)) && tk.isWord(i + 1) && !tk.capitalised(i + 1) && w.length() > 5
                    && w.endsWith("ing") && !NOT_CONSEQUENCE.contains(w)) {
                comma = i;
                break;
            }
        }
        excludeAfter(acts, roles, comma);
    }

    /**
     * A subordinate clause after deal verb {@code t} with a subject and a finite verb of its own ("signed in Bamako
     * after ECOWAS threatened to intervene", "under a contract signed in 2017, after Germany refused"): the index of
     * its subordinator, or -1. A name after "after" with no verb ("after Russia's invasion") is left to the roles.
     */
    private static int laterSubject(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        for (int i = t + 1; i < ce - 2; i++) {
            if (!LATER_SUBORDINATORS.contains(tk.norm(i))) {
                continue;
            }
            int j = i + 1;
            while (j < ce && SUBJECT_LEAD.contains(tk.norm(j))) {
                j++;
            }
            if (!DealItems.actorAt(v, j)) {
                continue;
            }
            while (j < ce && (DealItems.actorAt(v, j) || ",".equals(tk.norm(j)) || "and".equals(tk.norm(j))
                    || "also".equals(tk.norm(j)) || "then".equals(tk.norm(j)))) {
                j++;
            }
            if (j < ce && finite(tk, j)) {
                return i;
            }
        }
        return -1;
    }

    /** A finite verb at {@code j}: an auxiliary, a listed irregular verb or a lower-case regular past. */
    private static boolean finite(Tokens tk, int j) {
        String w = tk.norm(j);
        return FINITE_VERBS.contains(w) || tk.isWord(j) && !tk.capitalised(j) && w.length() > 4 && w.endsWith("ed");
    }

    /**
     * "The pact that Riyadh and Islamabad signed on 17 September continues to prompt questions in Washington": deal
     * verb {@code t} ends an object relative clause and the main verb of the sentence follows; the index of that
     * verb, or -1. The names after it are the main clause's.
     */
    private static int mainVerbAfterRelative(SentenceView v, int t, int ce) {
        int rs = DealClauses.relativeSubjectStart(v, v.a, t);
        if (rs < 0 || !"that".equals(v.tk.norm(rs)) && !"which".equals(v.tk.norm(rs))
                || rs == v.a || !DealNouns.isDealNoun(v, rs - 1)) {
            return -1;
        }
        for (int i = t + 1; i < ce; i++) {
            String w = v.tk.norm(i);
            if (",".equals(w) || ";".equals(w)) {
                return -1; // a clause boundary: not this pattern
            }
            if (MAIN_VERBS.contains(w)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "The joint declaration, signed by the presidents of A and B, included a line supporting C": a participle
     * clause between commas after its noun, and the main verb after the closing comma; the index of that comma, or
     * -1.
     */
    private static int mainVerbAfterParticiple(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        if (t - 1 <= v.a || !",".equals(tk.norm(t - 1)) || !tk.norm(t).endsWith("ed")) {
            return -1;
        }
        for (int i = t + 1; i < ce - 1; i++) {
            if (",".equals(tk.norm(i)) && finite(tk, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** ", X", ", the governments of X", ", officials from X": a comma and a few words of a noun phrase before s. */
    private static boolean afterComma(Tokens tk, int s, int floor) {
        for (int q = s - 1; q > floor && q >= s - 5; q--) {
            String w = tk.norm(q);
            if (",".equals(w)) {
                return true;
            }
            if (!tk.isWord(q) || Lexicon.DEAL_VERBS.contains(w) || "and".equals(w) || "with".equals(w)) {
                return false;
            }
        }
        return false;
    }

    /** True when act k and the acts listed with it are followed by a verb of saying (", X and Y said"). */
    private static boolean reportsAfter(SentenceView v, List<Act> acts, int k, int ce) {
        int last = k;
        while (last + 1 < acts.size() && Clauses.listConnected(v, acts.get(last), acts.get(last + 1))) {
            last++;
        }
        int after = acts.get(last).e();
        return after < ce && REPORTING_VERBS.contains(v.tk.norm(after));
    }

    /**
     * Names that take no part in the deal of their clause: a name modifying "partner" before another name
     * ("Eurofighter partner Italy"), a company of no state owned by the state just before it ("Spain's Airbus
     * ..." is Spain's), a name inside a prefixed adjective ("trans-Afghan"), an elliptic possessive ("after
     * India's."), what follows the deal ("were followed by Morocco's ..."), who was present ("in the presence of
     * X"), and a sentence-initial phrase set apart ("Beyond the Russian connection, ...").
     */
    private static void offside(SentenceView v, List<Act> acts, Role[] roles, int t) {
        Tokens tk = v.tk;
        int apartEnd = -1;
        if (DealClauses.SET_APART.contains(tk.norm(v.a))) {
            for (int i = v.a + 1; i < t; i++) {
                if (",".equals(tk.norm(i))) {
                    apartEnd = i;
                    break;
                }
            }
        }
        int followedBy = -1;
        for (int i = v.a + 1; i < t - 1; i++) {
            if (("followed".equals(tk.norm(i)) || "preceded".equals(tk.norm(i))) && "by".equals(tk.norm(i + 1))) {
                followedBy = i; // "X's order ... was followed by Y's own order from Z": X's is another deal
            }
        }
        for (int k = 0; k < acts.size(); k++) {
            Act ac = acts.get(k);
            String after = tk.norm(ac.e());
            if (ac.e() <= followedBy) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            if (WAR_NOUNS.contains(after) && ac.e() < v.b) {
                roles[k] = Role.EXCLUDED; // "after the Second Karabakh War", "since the Gaza war": a name for a war
                continue;
            }
            int w0 = "the".equals(tk.norm(ac.s() - 1)) ? ac.s() - 2 : ac.s() - 1;
            if (ac.s() > v.a + 1 && ("with".equals(tk.norm(w0)) || "against".equals(tk.norm(w0)))
                    && WAR_NOUNS.contains(tk.norm(w0 - 1))) {
                roles[k] = Role.EXCLUDED; // "since the 2008 war with Russia": the enemy of a war
                continue;
            }
            if (PARTNER_NOUNS.contains(after) && DealItems.actorAt(v, ac.e() + 1)) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            if (memberOfBody(v, ac)) {
                roles[k] = Role.EXCLUDED; // "Slovakia, another NATO member on the eastern flank, signed ..."
                continue;
            }
            if (ac.s() > t && onlooker(v, ac)) {
                roles[k] = Role.EXCLUDED; // "..., with China's top diplomat standing between them"
                continue;
            }
            int by = "the".equals(tk.norm(ac.s() - 1)) ? ac.s() - 2 : ac.s() - 1;
            if (ac.s() > t + 2 && "by".equals(tk.norm(by)) && SUPPORT_PARTICIPLES.contains(tk.norm(by - 1))) {
                roles[k] = Role.EXCLUDED; // "..., a deal supported by Washington with military financing"
                continue;
            }
            if (ac.s() > t && "on".equals(tk.norm(by)) && DEPENDENCE.contains(tk.norm(by - 1))) {
                roles[k] = Role.EXCLUDED; // "turning away from its reliance on Russian aircraft"
                continue;
            }
            if (ac.s() > t && circumstance(v, ac, t)) {
                roles[k] = Role.EXCLUDED; // "in the aftermath of Azerbaijani strikes", "after Russia's invasion of X"
                continue;
            }
            if (ac.s() > t && earlierDeal(v, ac, t)) {
                roles[k] = Role.EXCLUDED; // "its second export after a 2022 sale to the UAE"
                continue;
            }
            if (ac.actor().iso3() == null && Actor.ORGANIZATION.equals(ac.actor().kind()) && ac.s() > v.a
                    && "'s".equals(tk.norm(ac.s() - 1)) && DealItems.actorAt(v, ac.s() - 2)) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            if ("-".equals(tk.norm(ac.s() - 1)) && !tk.spaceBefore(ac.s()) && NAME_PREFIXES.contains(tk.norm(ac.s() - 2))) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            if ("'s".equals(after) && ac.e() + 1 < v.b && !tk.isWord(ac.e() + 1) && !tk.isNumber(ac.e() + 1)
                    && !"$".equals(tk.norm(ac.e() + 1)) && !"\"".equals(tk.norm(ac.e() + 1))) {
                roles[k] = Role.EXCLUDED; // "France's largest success after India's."
                continue;
            }
            if (ac.s() > t && APPROVAL_NOUNS.contains(after)) {
                roles[k] = Role.EXCLUDED; // "with U.S. approval": who allowed the deal, not who signed it
                continue;
            }
            if (ac.s() > t && REACTION_NOUNS.contains(after)) {
                roles[k] = Role.EXCLUDED; // "prompted Algerian alarm": an onlooker's feeling
                continue;
            }
            if (apartEnd >= 0 && ac.e() <= apartEnd) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            int p = ac.s() - 1;
            while (p > v.a && "the".equals(tk.norm(p))) {
                p--;
            }
            if (ac.s() > t && "by".equals(tk.norm(p)) && ("followed".equals(tk.norm(p - 1))
                    || "preceded".equals(tk.norm(p - 1)))) {
                for (int j = k; j < acts.size() && (j == k || Clauses.listConnected(v, acts.get(j - 1), acts.get(j)));
                     j++) {
                    roles[j] = Role.EXCLUDED;
                }
                continue;
            }
            if (inPresenceOf(v, ac)) {
                roles[k] = Role.EXCLUDED; // "in the presence of (Chinese) President Xi": a witness
                continue;
            }
            int q = ac.s() - 1;
            while (q > t && (DealItems.actorAt(v, q) || PARTNER_NOUNS.contains(tk.norm(q)) || "the".equals(tk.norm(q))
                    || "a".equals(tk.norm(q)) || "an".equals(tk.norm(q)))) {
                q--;
            }
            if (q > t && "with".equals(tk.norm(q)) && TALK_NOUNS.contains(tk.norm(q - 1))) {
                roles[k] = Role.EXCLUDED; // "signed for 20 jets from X after talks with Y": Y only talked
            } else if (q > t && TALK_TOPICS.contains(tk.norm(q)) && TALK_NOUNS.contains(tk.norm(q - 1))) {
                roles[k] = Role.EXCLUDED; // "after years of talks on a US package": the topic of other talks
            }
        }
    }

    /**
     * "in the presence of X", "in the presence of Chinese President X", "in the presence of the French foreign
     * minister": a name in a noun phrase headed by "presence of" (titles, demonyms and names in between).
     */
    private static boolean inPresenceOf(SentenceView v, Act ac) {
        Tokens tk = v.tk;
        for (int q = ac.s() - 1; q > v.a && q >= ac.s() - 7; q--) {
            String w = tk.norm(q);
            if ("of".equals(w)) {
                return "presence".equals(tk.norm(q - 1));
            }
            if (!"the".equals(w) && !"'s".equals(w) && !tk.capitalised(q) && !DealItems.actorAt(v, q)) {
                return false;
            }
        }
        return false;
    }

    /** "with X('s envoy) standing/looking on": a name after "with" whose phrase ends in a participle of watching. */
    private static boolean onlooker(SentenceView v, Act ac) {
        Tokens tk = v.tk;
        boolean with = false;
        for (int q = ac.s() - 1; q >= Math.max(v.a, ac.s() - 8); q--) {
            if ("with".equals(tk.norm(q))) {
                with = true;
                break;
            }
            if (!tk.isWord(q) && !"'s".equals(tk.norm(q))) {
                return false;
            }
        }
        if (!with) {
            return false;
        }
        for (int q = ac.e(); q < Math.min(v.b, ac.e() + 8); q++) {
            String w = tk.norm(q);
            if (ONLOOKER_PARTICIPLES.contains(w) || "as".equals(w) && q + 1 < v.b
                    && (MEDIATION_NOUNS.contains(tk.norm(q + 1)) || ONLOOKER_ROLES.contains(tk.norm(q + 1)))) {
                return true; // "with X looking on", "with Qatar and Turkey as mediators"
            }
            if (!tk.isWord(q) && !"'s".equals(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "in the immediate aftermath of Azerbaijani strikes on ...", "months after Russia's full-scale invasion of
     * Ukraine": a name in a phrase of circumstance (an opener, then an event noun next to the name) after the deal.
     */
    private static boolean circumstance(SentenceView v, Act ac, int t) {
        Tokens tk = v.tk;
        boolean opener = false;
        for (int q = ac.s() - 1; q > t && q >= ac.s() - 8; q--) {
            String w = tk.norm(q);
            if (CIRCUMSTANCE_OPENERS.contains(w)) {
                opener = true;
                break;
            }
            if (!tk.isWord(q) && !"'s".equals(w) && !"-".equals(w)) {
                return false;
            }
        }
        if (!opener) {
            return false;
        }
        for (int q = ac.e(); q < Math.min(v.b, ac.e() + 4); q++) {
            String w = tk.norm(q);
            if (EVENT_NOUNS.contains(w)) {
                return true;
            }
            if (!tk.isWord(q) && !"'s".equals(w) && !"-".equals(w)) {
                break;
            }
        }
        // "after Russia's invasion of Ukraine": the object of the event noun
        String p = tk.norm(ac.s() - 1);
        return "of".equals(p) && EVENT_NOUNS.contains(tk.norm(ac.s() - 2))
                || "on".equals(p) && EVENT_NOUNS.contains(tk.norm(ac.s() - 2));
    }

    /**
     * "after a 2022 sale to X", "following its earlier order from X": X is the partner of another deal, named by a
     * deal noun between "after"/"following" and the name (only "a", "its", a year or an adjective before it).
     */
    private static boolean earlierDeal(SentenceView v, Act ac, int t) {
        Tokens tk = v.tk;
        String prep = tk.norm(ac.s() - 1);
        int q = ac.s() - 1;
        if ("the".equals(prep)) {
            q--;
            prep = tk.norm(q);
        }
        if (!"to".equals(prep) && !"from".equals(prep) && !"with".equals(prep)) {
            return false;
        }
        int noun = q - 1;
        if (noun <= t || !DealNouns.isDealNoun(v, noun) && !Lexicon.DEAL_NOUNS.contains(tk.norm(noun))) {
            return false;
        }
        for (int r = noun - 1; r > t && r >= noun - 4; r--) {
            String w = tk.norm(r);
            if (EARLIER.contains(w)) {
                return true;
            }
            if (!tk.isWord(r) && !tk.isNumber(r)) {
                return false;
            }
        }
        return false;
    }

    /** "Czech Republic: The ministry signed ...": a state named alone before a colon that opens the sentence. */
    /** "in Beijing", "at the White House": a place named as where the deal was signed. */
    private static boolean venue(SentenceView v, Act ac) {
        return ac.place() && ac.s() > v.a && Lexicon.PLACE_PREPOSITIONS.contains(v.tk.norm(ac.s() - 1));
    }

    private static Act labelBefore(SentenceView v, int cs) {
        Tokens tk = v.tk;
        for (Act ac : v.acts) {
            int s = ac.s();
            boolean first = s == v.a || s == v.a + 1 && !tk.isWord(v.a);
            if (first && ac.e() < cs && ":".equals(tk.norm(ac.e())) && !ac.ref()
                    && Actor.STATE.equals(ac.actor().kind())) {
                return ac;
            }
        }
        return null;
    }

    private static List<Act> betweenGroup(SentenceView v, List<Act> acts, int cs, int ce) {
        List<Act> out = new ArrayList<>();
        for (int k = 0; k < acts.size(); k++) {
            Act ac = acts.get(k);
            int p = ac.s() - 1;
            while (p >= cs && ("the".equals(v.tk.norm(p)) || "both".equals(v.tk.norm(p)))) {
                p--;
            }
            if (p >= cs && "between".equals(v.tk.norm(p))) {
                out.add(ac);
                for (int j = k + 1; j < acts.size(); j++) {
                    if (Clauses.listConnected(v, acts.get(j - 1), acts.get(j))) {
                        out.add(acts.get(j));
                    } else {
                        break;
                    }
                }
                return out;
            }
        }
        return out;
    }

    /** "the contract that Hungary signed": the "that"/"which" right after the deal noun, before t, or -1. */
    private static int relativeOpener(SentenceView v, int noun, int t) {
        if (noun < 0 || noun >= t) {
            return -1;
        }
        String w = v.tk.norm(noun + 1);
        return ("that".equals(w) || "which".equals(w)) && noun + 1 < t ? noun + 1 : -1;
    }

    /** The company whose announcement frames the deal: "&lt;Company&gt; (NYSE: X) announces [today] that ...". */
    private static Act announcer(SentenceView v, int t) {
        Tokens tk = v.tk;
        for (int th = t - 1; th > v.a; th--) {
            if (!"that".equals(tk.norm(th))) {
                continue;
            }
            int vb = th - 1;
            if ("today".equals(tk.norm(vb))) {
                vb--;
            }
            if (!ANNOUNCES.contains(tk.norm(vb))) {
                return null;
            }
            Act last = null;
            for (Act ac : v.acts) {
                if (ac.e() <= vb) {
                    last = ac;
                }
            }
            return last != null && !last.ref() && Actor.ORGANIZATION.equals(last.actor().kind())
                    && vb - last.e() <= 8 ? last : null;
        }
        return null;
    }

    /**
     * True when every weak actor is only the maker of the goods ("a Chinese-built submarine", "German-made
     * engines"): with no party named, makers alone are no parties of a deal.
     */
    private static boolean onlyMakers(Tokens tk, List<Act> weak) {
        if (weak.isEmpty()) {
            return false;
        }
        for (Act wk : weak) {
            if (!("-".equals(tk.norm(wk.e())) && (Lexicon.MAKER_VERBS.contains(tk.norm(wk.e() + 1))
                    || "origin".equals(tk.norm(wk.e() + 1))))) {
                return false;
            }
        }
        return true;
    }

    private static List<Actor> actorsOf(List<Act> acts) {
        List<Actor> out = new ArrayList<>();
        for (Act a : acts) {
            ActorLists.addUnique(out, a.actor());
        }
        return out;
    }

    static List<List<Actor>> split(SentenceView v, int t, int noun, List<Act> parties, List<Actor> all,
                                    boolean purchase) {
        Tokens tk = v.tk;
        // "the Abraham Accords": a plural that names one document is one deal
        boolean plural = noun >= 0 && Lexicon.PLURAL_DEAL_NOUNS.contains(tk.norm(noun)) && !tk.capitalised(noun);
        boolean bilateral = false;
        for (int i = Math.max(v.a, t - 8); i < Math.min(v.b, t + 8); i++) {
            String w = tk.norm(i);
            if ("bilateral".equals(w) || "separate".equals(w) || "respective".equals(w) || "respectively".equals(w)) {
                bilateral = true;
            }
        }
        if ((plural || bilateral || purchase) && parties.size() >= 3) {
            // the group introduced by "with" or "from", and everything else
            List<Actor> grp = new ArrayList<>();
            List<Actor> rest = new ArrayList<>();
            String groupWord = null;
            Act prev = null;
            boolean inGroup = false;
            for (Act ac : parties) {
                int p = ac.s() - 1;
                while (p >= v.a && ("the".equals(tk.norm(p)) || "both".equals(tk.norm(p)))) {
                    p--;
                }
                String pw = p >= v.a ? tk.norm(p) : "";
                boolean sold = "sold".equals(tk.norm(t));
                if (("with".equals(pw) && !purchase || "from".equals(pw) && purchase && !sold || "to".equals(pw) && sold)
                        && groupWord == null) {
                    groupWord = pw;
                    inGroup = true;
                } else if (inGroup && prev != null && !Clauses.listConnected(v, prev, ac)) {
                    inGroup = false;
                }
                if (inGroup) {
                    ActorLists.addUnique(grp, ac.actor());
                } else {
                    ActorLists.addUnique(rest, ac.actor());
                }
                prev = ac;
            }
            List<Actor> restOnly = new ArrayList<>();
            for (Actor r : rest) {
                boolean inG = false;
                for (Actor g : grp) {
                    if (g.key().equals(r.key())) {
                        inG = true;
                    }
                }
                if (!inG) {
                    restOnly.add(r);
                }
            }
            if (ActorLists.distinctKeys(grp) >= 2 && ActorLists.distinctKeys(restOnly) == 1
                    && (plural || bilateral || purchase)) {
                return pairs(restOnly.get(0), grp);
            }
            if (ActorLists.distinctKeys(grp) == 1 && ActorLists.distinctKeys(restOnly) >= 2 && (plural || bilateral)) {
                return pairs(grp.get(0), restOnly);
            }
        }
        List<List<Actor>> one = new ArrayList<>();
        one.add(all);
        return one;
    }

    private static List<List<Actor>> pairs(Actor single, List<Actor> many) {
        List<List<Actor>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Actor m : many) {
            if (seen.add(m.key())) {
                List<Actor> g = new ArrayList<>();
                g.add(single);
                g.add(m);
                out.add(g);
            }
        }
        return out;
    }
}
