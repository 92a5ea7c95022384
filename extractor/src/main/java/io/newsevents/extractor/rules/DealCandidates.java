package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.events.Money;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.money.MoneyParser.MoneyMention;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The DealSigned candidates of one trigger: its parties (from DealParties), value, date, items, category,
 * confidence, and whether it is weak (a mention of a deal read elsewhere) or fresh (another deal than a known one);
 * one candidate per party group or per dated partner, and value-only hints from modal words. Stateless: every method
 * is static.
 */
final class DealCandidates {

    /** "also signed", "a second contract": another deal, merged with a known one only on a shared value or item. */
    private static final Set<String> FRESH = Set.of("also", "another", "second", "additional", "further", "separately",
            "separate", "later", "again", "more");
    /** "after signing", "upon concluding": a gerund after these names a deal read elsewhere. */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since", "following", "upon", "when",
            "while", "without");

    /** Purchase participles that can follow the goods they name. */
    private static final Set<String> PARTICIPLES = Set.of("bought", "ordered", "purchased", "acquired", "procured",
            "sold", "contracted");

    /** "a stream of", "a raft of": a count of deals too loose to be one. */
    private static final Set<String> MASS_NOUNS = Set.of("stream", "series", "string", "raft", "host", "slew",
            "flurry", "range", "number", "spate", "succession", "web", "network", "dozens", "scores", "hundreds");

    private DealCandidates() {
    }

    /** Adds the deals of trigger {@code t} (deal noun {@code noun} or -1) in the clause [cs, ce) to {@code out}. */
    static void build(SentenceView v, int t, int noun, int cs, int ce, boolean purchase, List<Actor> fill,
                      List<Act> carried, List<Candidate> out) {
        Tokens tk = v.tk;
        DealParties.Chosen chosen = DealParties.choose(v, t, noun, cs, ce, fill, carried);
        List<Act> parties = chosen.acts();
        List<Actor> partyActors = chosen.actors();
        boolean fromContext = chosen.fromContext();
        if (streamOfDeals(v, noun) && undated(v, cs, t, ce)) {
            return; // "has signed a stream of co-production agreements with Turkish firms": no one deal
        }
        if (purchase && goodsByOrigin(v, t, parties) && undated(v, cs, t, ce)) {
            return; // "has also bought German submarines, Italian frigates and Russian helicopters": a summary
        }
        boolean weakCandidate = ActorLists.distinctKeys(partyActors) < 2;
        if (weakCandidate && partyActors.isEmpty() && v.money.isEmpty()) {
            return;
        }
        Candidate base = new Candidate(Candidate.DEAL, v.sentence, v.index);
        // "the agreement's signing", "the signing of the accord": a mention of a deal read elsewhere
        String before = tk.norm(t - 1);
        boolean nominal = ("signing".equals(tk.norm(t)) || "conclusion".equals(tk.norm(t)))
                && ("'s".equals(before) || "its".equals(before) || "the".equals(before) && !"of".equals(tk.norm(t + 1)))
                || tk.norm(t).endsWith("ing") && TIME_PREPOSITIONS.contains(before);
        base.weak = weakCandidate || nominal;
        for (int i = Math.max(cs, t - 3); i <= Math.min(ce - 1, t + 2); i++) {
            if (FRESH.contains(tk.norm(i))) {
                base.fresh = true;
            }
        }
        if (cs == v.a && "separately".equals(tk.norm(v.a))) {
            base.fresh = true; // "Separately, X and Y signed a memorandum on ...": another deal than the one above
        }
        for (int i = cs; i < t; i++) {
            if (("earlier".equals(tk.norm(i)) || "previously".equals(tk.norm(i)))
                    && !"this".equals(tk.norm(i + 1)) && !"that".equals(tk.norm(i + 1))) {
                base.fresh = true; // "three months earlier the two sides had signed ...": another, older deal
            }
        }
        base.value = pickMoney(v, noun >= 0 ? noun : t, cs, ce);
        DateMention dm = CandidateFields.pickDate(v, t, cs, ce);
        if (dm != null && namesOtherDeal(v, dm, noun)) {
            // "signed an addendum to the 2023 agreement in May 2025": 2023 dates the agreement amended
            DateMention other = null;
            for (DateMention d : v.dates) {
                if (d != dm && !d.range() && d.tokStart() >= cs && d.tokEnd() <= ce && !namesOtherDeal(v, d, noun)
                        && (other == null || Math.abs(d.tokStart() - t) < Math.abs(other.tokStart() - t))) {
                    other = d;
                }
            }
            if (other != null) {
                dm = other;
            }
        }
        if (dm != null && dm.tokStart() < t && goodsParticiple(v, t)) {
            dm = null; // "inducted on Tuesday the helicopters bought from Turkey": Tuesday dates the inducting
        }
        if (dm != null && dm.future()) {
            return;
        }
        base.date = dm == null ? null : dm.value();
        DealItems.items(v, t, noun, cs, ce, base.items, base.itemKeys);
        if (noun > t + 1) {
            DealItems.keys(v, t + 1, noun, base.itemKeys);
        }
        base.category = DealNouns.isCeasefire(v, noun) ? "ceasefire" : DealItems.category(v, cs, ce, noun, base.items);
        base.confidence = CandidateFields.confidence(0.72, base.value != null, base.date != null, fromContext,
                Clauses.hedged(v));
        if (valuedPartners(v, t, ce, parties, base, out)) {
            return; // "contracts worth A with X for ..., B with Y for ... and C with Z for ...": one deal per partner
        }
        if (datedPartners(v, t, cs, ce, parties, base, out)) {
            return; // "treaties with X in 2014 and with Y in 2015": one deal per partner and year
        }
        // split "agreements with Kazakhstan and Turkmenistan", "contracts signed by the two countries with China"
        List<List<Actor>> groups = gapped(v, t, ce, parties);
        if (groups == null) {
            groups = DealParties.split(v, t, noun, parties, partyActors, purchase);
        }
        for (List<Actor> g : groups) {
            Candidate c = groups.size() == 1 ? base : copy(base);
            for (Actor a : g) {
                c.addActor(a);
            }
            out.add(c);
        }
    }

    /**
     * "signed treaties with X in 2014 and with Y in 2015", "the treaty France signed with X in 1963 and the one it
     * concluded with Y in 2021": partners after "with", each with a year of its own, are separate deals of one
     * subject. Emits one candidate per partner and returns true when the sentence has that shape.
     */
    private static boolean datedPartners(SentenceView v, int t, int cs, int ce, List<Act> parties, Candidate base,
                                         List<Candidate> out) {
        Tokens tk = v.tk;
        List<Act> partners = new ArrayList<>();
        List<String> years = new ArrayList<>();
        Act subject = null;
        for (Act ac : parties) {
            if (ac.e() <= t) {
                if (subject != null && !subject.key().equals(ac.key())) {
                    return false;
                }
                subject = ac;
                continue;
            }
            int p = ac.s() - 1;
            while (p > cs && "the".equals(tk.norm(p))) {
                p--;
            }
            if (!"with".equals(tk.norm(p))) {
                return false;
            }
            partners.add(ac);
        }
        if (partners.size() < 2) {
            return false;
        }
        if (subject == null) {
            for (Act ac : v.acts) {
                if (ac.s() >= cs && ac.e() <= t && !ac.ref()) {
                    subject = ac; // "Moscow signed ...": the nearest actor before the verb
                }
            }
        }
        if (subject == null) {
            return false;
        }
        for (int k = 0; k < partners.size(); k++) {
            int from = partners.get(k).e();
            int to = k + 1 < partners.size() ? partners.get(k + 1).s() : ce;
            String year = null;
            for (DateMention dm : v.dates) {
                if (dm.tokStart() >= from && dm.tokStart() < to && dm.value() != null && !dm.future()) {
                    year = dm.value();
                    break;
                }
            }
            if (year == null || years.contains(year.substring(0, 4))) {
                return false;
            }
            for (Act other : v.acts) {
                if (other.s() >= from && other.s() < to && other != partners.get(k)) {
                    return false;
                }
            }
            years.add(year.substring(0, 4));
        }
        for (int k = 0; k < partners.size(); k++) {
            Candidate c = copy(base);
            c.addActor(subject.actor());
            c.addActor(partners.get(k).actor());
            if (c.actors.size() < 2) {
                return false;
            }
            int from = partners.get(k).e();
            int to = k + 1 < partners.size() ? partners.get(k + 1).s() : ce;
            for (DateMention dm : v.dates) {
                if (dm.tokStart() >= from && dm.tokStart() < to && dm.value() != null) {
                    c.date = dm.value();
                    break;
                }
            }
            c.fresh = true;
            out.add(c);
        }
        return true;
    }

    /**
     * "signed contracts worth A with X for radars, B with Y for missiles and C with Z for spares": after the verb,
     * two or more sums each followed at once by "with" and a partner; the subject signed one deal with each partner,
     * of the sum before it. Emits one candidate per partner and returns true when the sentence has that shape.
     */
    private static boolean valuedPartners(SentenceView v, int t, int ce, List<Act> parties, Candidate base,
                                          List<Candidate> out) {
        Tokens tk = v.tk;
        List<MoneyMention> sums = new ArrayList<>();
        for (MoneyMention m : v.money) {
            if (m.tokStart() > t && m.tokEnd() < ce && "with".equals(tk.norm(m.tokEnd()))) {
                sums.add(m);
            }
        }
        if (sums.size() < 2) {
            return false;
        }
        List<Actor> subject = new ArrayList<>();
        for (Act ac : parties) {
            if (ac.e() <= t) {
                ActorLists.addUnique(subject, ac.actor());
            }
        }
        if (subject.isEmpty()) {
            return false;
        }
        List<Candidate> made = new ArrayList<>();
        for (int k = 0; k < sums.size(); k++) {
            int from = sums.get(k).tokEnd();
            int to = k + 1 < sums.size() ? sums.get(k + 1).tokStart() : ce;
            Candidate c = copy(base);
            for (Actor a : subject) {
                c.addActor(a);
            }
            int partners = 0;
            for (Act ac : parties) {
                if (ac.s() > from && ac.s() < to) {
                    c.addActor(ac.actor());
                    partners++;
                }
            }
            if (partners == 0 || c.actors.size() < 2) {
                return false;
            }
            c.value = sums.get(k).money();
            c.fresh = true;
            made.add(c);
        }
        out.addAll(made);
        return true;
    }

    private static Candidate copy(Candidate b) {
        Candidate c = new Candidate(b.type, b.sentence, b.sentenceIndex);
        c.weak = b.weak;
        c.value = b.value;
        c.date = b.date;
        c.items.addAll(b.items);
        c.category = b.category;
        c.confidence = b.confidence;
        c.name = b.name;
        c.location = b.location;
        return c;
    }

    /** A value stated for a deal in modal words next to it: only ever fills the value of that deal. */
    static void valueHint(SentenceView v, int t, int cs, int ce, List<Candidate> out) {
        for (int i = cs; i < ce; i++) {
            if (FRESH.contains(v.tk.norm(i)) || Lexicon.NEGATION.contains(v.tk.norm(i))) {
                return;
            }
        }
        Money m = pickMoney(v, t, cs, ce);
        if (m == null) {
            return;
        }
        Candidate c = new Candidate(Candidate.DEAL, v.sentence, v.index);
        for (Act ac : Clauses.actsIn(v, cs, ce)) {
            c.addActor(ac.actor());
        }
        if (c.actors.isEmpty()) {
            return;
        }
        c.value = m;
        c.weak = true;
        c.valueOnly = true;
        out.add(c);
    }

    private static Money pickMoney(SentenceView v, int t, int cs, int ce) {
        MoneyMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (MoneyMention m : v.money) {
            boolean inClause = m.tokStart() >= cs && m.tokEnd() <= ce;
            boolean bracketed = m.tokStart() > v.a && "(".equals(v.tk.norm(m.tokStart() - 1));
            int d = Math.min(Math.abs(m.tokStart() - t), Math.abs(m.tokEnd() - t)) + (inClause ? 0 : 40)
                    + (bracketed ? 12 : 0); // "4.2 trillion won ($3.2 billion)": the stated currency first
            if (d < bestD && d < 60) {
                best = m;
                bestD = d;
            }
        }
        return best == null ? null : best.money();
    }

    /**
     * "the six helicopters bought from Turkey", "jets ordered from France": a purchase participle right after the
     * goods it names, a reduced relative whose date is its own, never one of the verb before it.
     */
    static boolean goodsParticiple(SentenceView v, int t) {
        Tokens tk = v.tk;
        String w = tk.norm(t);
        if (!PARTICIPLES.contains(w) || t - 1 < v.a || !tk.isWord(t - 1)) {
            return false;
        }
        String p = tk.norm(t - 1);
        return Lexicon.ARMS_WORDS.contains(p) && !"military".equals(p) && !"defence".equals(p)
                && !"defense".equals(p) && !"security".equals(p);
    }

    /**
     * "bought German submarines and frigates, Italian frigates and Russian helicopters": after the purchase verb
     * only the origins of the goods, as adjectives of two or more states, and no seller named as such. A list of
     * past purchases, not one deal.
     */
    static boolean goodsByOrigin(SentenceView v, int t, List<Act> parties) {
        Tokens tk = v.tk;
        Set<String> origins = new java.util.HashSet<>();
        for (Act ac : parties) {
            if (ac.s() <= t) {
                continue;
            }
            String surface = tk.cleanSpan(ac.s(), ac.e());
            boolean adjective = !surface.equalsIgnoreCase(ac.actor().name()) && ac.e() < v.b && tk.isWord(ac.e())
                    && !tk.capitalised(ac.e()) && !"from".equals(tk.norm(ac.s() - 1))
                    && !"with".equals(tk.norm(ac.s() - 1));
            if (!adjective) {
                return false;
            }
            origins.add(ac.key());
        }
        return origins.size() >= 2;
    }

    /** No value in the clause and no date from its start to the first comma after the trigger. */
    private static boolean undated(SentenceView v, int cs, int t, int ce) {
        for (MoneyMention m : v.money) {
            if (m.tokStart() >= cs && m.tokEnd() <= ce) {
                return false;
            }
        }
        int end = ce;
        for (int i = t + 1; i < ce; i++) {
            if (",".equals(v.tk.norm(i))) {
                end = i;
                break;
            }
        }
        for (DateMention d : v.dates) {
            if (d.tokStart() >= cs && d.tokStart() < end) {
                return false;
            }
        }
        return true;
    }

    /** "the 2023 agreement": a year that modifies a deal noun other than the trigger's own. */
    private static boolean namesOtherDeal(SentenceView v, DateMention d, int noun) {
        int after = d.tokEnd();
        return after < v.b && after != noun && DealNouns.isDealNoun(v, after);
    }

    /** "a stream of agreements", "a series of co-production contracts": many deals counted as a mass. */
    /**
     * "X signed a memorandum with Y on the route and, with Z, a charter on partnership": a second partner with a deal
     * of its own after "and, with" and no verb of its own. The subject with each partner, or null for another shape.
     */
    private static List<List<Actor>> gapped(SentenceView v, int t, int ce, List<Act> parties) {
        Tokens tk = v.tk;
        if (parties.size() < 3) {
            return null;
        }
        int firstWith = -1;
        for (int i = t + 1; i < ce - 2; i++) {
            if (!"with".equals(tk.norm(i))) {
                continue;
            }
            if (firstWith < 0) {
                firstWith = i;
                continue;
            }
            String p1 = tk.norm(i - 1);
            boolean afterAnd = "and".equals(p1) || ",".equals(p1) && "and".equals(tk.norm(i - 2));
            int j = "the".equals(tk.norm(i + 1)) ? i + 2 : i + 1;
            if (!afterAnd || !DealItems.actorAt(v, j)) {
                return null;
            }
            while (j < ce && DealItems.actorAt(v, j)) {
                j++;
            }
            if (",".equals(tk.norm(j))) {
                j++;
            }
            boolean object = DealNouns.dealNounWithin(v, j, 4);
            for (int k = j; k < j + 3 && !object; k++) {
                object = DealNouns.signedObjectAt(v, k); // "and, with Baku, a charter on ..."
            }
            if (!object) {
                return null;
            }
            List<Actor> subject = new ArrayList<>();
            List<Actor> first = new ArrayList<>();
            List<Actor> second = new ArrayList<>();
            for (Act ac : parties) {
                List<Actor> to = ac.s() < t ? subject : ac.s() > firstWith && ac.s() < i ? first : ac.s() > i
                        ? second : null;
                if (to != null) {
                    ActorLists.addUnique(to, ac.actor());
                }
            }
            if (subject.isEmpty() || first.isEmpty() || second.isEmpty()) {
                return null;
            }
            first.addAll(0, subject);
            second.addAll(0, subject);
            return List.of(first, second);
        }
        return null;
    }

    /** Plural partners of a kind rather than named ones: "agreements with Korean firms". */
    private static final Set<String> GENERIC_PARTNERS = Set.of("firms", "companies", "suppliers", "manufacturers",
            "makers", "producers", "contractors", "shipyards", "partners", "vendors");

    private static boolean streamOfDeals(SentenceView v, int noun) {
        if (noun < 0 || !Lexicon.PLURAL_DEAL_NOUNS.contains(v.tk.norm(noun))) {
            return false;
        }
        if ("with".equals(v.tk.norm(noun + 1))) {
            // "its agreements with Korean firms": deals with a kind of partner, no one deal
            for (int i = noun + 2; i < v.b && i <= noun + 4; i++) {
                if (GENERIC_PARTNERS.contains(v.tk.norm(i))) {
                    return true;
                }
                if (!v.tk.isWord(i)) {
                    break;
                }
            }
        }
        for (int i = noun - 1; i > v.a && i >= noun - 5; i--) {
            if ("of".equals(v.tk.norm(i))) {
                return MASS_NOUNS.contains(v.tk.norm(i - 1));
            }
        }
        return false;
    }
}
