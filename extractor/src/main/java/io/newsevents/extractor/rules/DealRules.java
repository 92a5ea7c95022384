package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deals (DealSigned) in a sentence of prose: which words start a deal (a deal verb, "agreed", "reached", "won", "a
 * deal worth") near a deal noun (DealNouns), and whether negation, modality, habit, a condition or cancellation
 * blocks it. The clause a trigger owns comes from DealClauses; its parties and fields from DealParties and
 * DealCandidates. Stateless: every method is static.
 */
final class DealRules {

    /** Verbs of what a buyer did after a deal: "received", "inducted", "announced its withdrawal". */
    private static final Set<String> LATER_ACTS = Set.of("received", "took", "inducted", "commissioned", "fielded",
            "began", "started", "launched", "deployed", "donated", "transferred", "retired", "announced", "withdrew",
            "left", "quit", "joined", "expelled");
    /** Auxiliaries and adverbs before such a verb (", and have announced", ", then received"). */
    private static final Set<String> LATER_AUX = Set.of("have", "has", "had", "then", "later", "also", "since");
    /** Words between a count and a product name: "12 more F-16s", "24 used Gripens". */
    private static final Set<String> GOODS_ADJECTIVES = Set.of("more", "additional", "further", "new", "used",
            "refurbished", "upgraded", "extra");
    /** Prepositions before a purchase gerund that make it the topic of talk or interest, not a purchase. */
    private static final Set<String> GERUND_OBJECT = Set.of("on", "about", "in", "of", "for", "towards", "toward",
            "regarding", "over", "into", "against");
    /** Words after a comma that open a clause of its own, whose habits are not the deal's. */
    private static final Set<String> AFTER_COMMA_OWN = Set.of("and", "but", "with", "while", "although", "whereas",
            "though");
    /** "for decades", "over two decades": a span of time that makes a purchase a habit. */
    private static final Set<String> SPAN_PREPOSITIONS = Set.of("for", "over", "across", "through", "throughout",
            "spanning");
    /** Nouns that name a table or list in a text. */
    private static final Set<String> TABLE_WORDS = Set.of("table", "chart", "list", "annex", "appendix");
    /** "the table below", "the following table". */
    private static final Set<String> POINTING = Set.of("below", "following", "above");
    /** "the table lists", "the chart shows". */
    private static final Set<String> TABLE_VERBS = Set.of("lists", "shows", "summarises", "summarizes", "sets",
            "gives", "compiles", "details");
    /** "the first country to sign a deal with X": reports a signing although "to sign" looks like an intent. */
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "third", "latest", "last", "only",
            "newest", "fourth", "fifth");
    /** "X will purchase the jets worth $1.6bn": base verbs after a modal that only bring a value to a deal. */
    private static final Set<String> BASE_PURCHASE = Set.of("purchase", "buy", "procure", "acquire", "order", "pay");
    /** "announced a deal": triggers only with a deal noun right after them. */
    private static final Set<String> ANNOUNCING = Set.of("announced", "confirmed", "unveiled");
    /** "agreed to", "agreed on", "agreed upon": "agreed" followed by a deal noun reports one. */
    private static final Set<String> AGREED_PREPOSITIONS = Set.of("to", "on", "upon");
    /** "agreed to sign a deal", "agreed to work on an accord": an intent, not a concluded deal. */
    private static final Set<String> INTENT_VERBS_AFTER_AGREED_TO = Set.of("sign", "conclude", "negotiate", "work",
            "pursue", "hold", "explore", "start", "begin", "resume", "discuss", "finalise", "finalize");
    /** "outbid X and Y to win a deal": the win happened even though "to win" looks like an intent. */
    private static final Set<String> OUTBIDDING_VERBS = Set.of("outbid", "outbidding", "beat", "beating", "edged");
    /** "has received an order from X": the supplier's side of an order. */
    private static final Set<String> RECEIVED = Set.of("received", "receives");
    /** "Egypt orders 30 more Rafale jets": the present tense of a headline or a timeline, with counted goods. */
    private static final Set<String> PRESENT_PURCHASE = Set.of("orders", "buys", "purchases", "acquires", "procures");
    /** "exercised an option for four more frigates": taking up an option is a purchase. */
    private static final Set<String> EXERCISED = Set.of("exercised", "exercises", "exercising");
    /** Verbs that grow an order: "enlarged its order for", "doubled their order". */
    private static final Set<String> ENLARGED = Set.of("enlarged", "expanded", "increased", "raised", "doubled",
            "extended", "augmented", "topped");
    /** Every word a deal trigger can start with: the words that are not among these are skipped at once. */
    private static final Set<String> DEAL_FIRST_WORDS = Lexicon.union(Lexicon.DEAL_VERBS, Lexicon.WIN_VERBS, RECEIVED,
            Lexicon.DEAL_NOUNS, ANNOUNCING, PRESENT_PURCHASE, EXERCISED, Set.of("entered", "agreed", "agree",
                    "reached", "arrived", "brokered", "mediated", "brokering", "placed", "cease", "peace", "sign", "signatures",
                    "signature", "conclude", "seal", "finalise", "finalize", "ink"), ENLARGED);
    /** After "agreed to": the verbs of a transfer, whose deal noun may report the deal ("agreed to buy ... in a deal"). */
    private static final Set<String> TRANSFER_VERBS = Set.of("buy", "purchase", "sell", "supply", "procure", "acquire",
            "order", "deliver", "provide");
    /** Before "agreed to": these make the next word a noun phrase, not a verb ("agreed to a truce"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "his",
            "her", "our", "these", "those", "terms");
    /** Between a deal verb and its noun: nothing was signed ("signed no new contracts", "signed nothing"). */
    private static final Set<String> NONE = Set.of("no", "nothing", "none", "neither");
    /** "are finalising a treaty": with a form of "be" before them, not concluded yet. */
    private static final Set<String> IN_PROGRESS = Set.of("finalising", "finalizing", "concluding", "signing",
            "sealing", "inking", "negotiating");
    /** Before an IN_PROGRESS word: "are still finalising", "is now negotiating". */
    /** Between "is" and a progressive purchase verb: "is also buying", "are now ordering". */
    private static final Set<String> PROGRESSIVE_ADVERBS = Set.of("also", "now", "still", "currently", "already",
            "reportedly", "meanwhile");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "still", "now", "currently");
    /** Before a deal noun: not concluded ("its proposed deal with X"). */
    private static final Set<String> PLANNED = Set.of("proposed", "planned", "prospective", "potential", "possible",
            "mooted", "rumoured", "rumored", "draft", "stalled", "failed", "abortive", "cancelled", "canceled",
            "future", "new");
    /** Before a bare "sign", these make it a wish or a plan, not a timeline's present. */
    private static final Set<String> MODALS = Set.of("to", "will", "would", "may", "might", "could", "should",
            "must", "shall", "can", "cannot", "not", "never", "'ll");
    /** What one side signs alone: "signed a decree", "signed a law annulling the agreement". */
    private static final Set<String> UNILATERAL_PAPERS = Set.of("law", "laws", "bill", "bills", "decree", "decrees",
            "petition", "book", "ordinance");
    /** "put their signatures to", "set its signature to", "affixed their signatures on". */
    private static final Set<String> SIGNATURE_VERBS = Set.of("put", "set", "affixed", "added", "putting", "puts");
    /** "did sign", "did conclude": the emphatic past of a signing. */
    private static final Set<String> DID_VERBS = Set.of("sign", "conclude", "seal", "finalise", "finalize", "ink");
    /** Participles of a government's leave to sell: "X's purchase of Y was approved by the State Department". */
    private static final Set<String> APPROVED = Set.of("approved", "cleared", "authorised", "authorized", "notified",
            "greenlit", "sanctioned");

    /**
     * "Rabat's purchase of 600 missiles from the US was approved by the State Department": the purchase as the
     * subject of a passive of approval is only allowed, not signed.
     */
    private static boolean approvedOnly(SentenceView v, int t) {
        Tokens tk = v.tk;
        for (int i = t + 1; i < Math.min(v.b - 1, t + 16); i++) {
            String w = tk.norm(i);
            if (";".equals(w) || "which".equals(w) || "that".equals(w)) {
                return false; // "..., which was approved by parliament, was signed in May": another verb's subject
            }
            if ("was".equals(w) || "were".equals(w) || "been".equals(w) || "is".equals(w) || "be".equals(w)) {
                int j = i + 1;
                if (tk.norm(j).endsWith("ly") || "formally".equals(tk.norm(j)) || "also".equals(tk.norm(j))) {
                    j++;
                }
                return APPROVED.contains(tk.norm(j));
            }
        }
        return false;
    }

    /** Nouns of a purchase named by its buyer: "Armenia's purchase of", "Nigeria's order for". */
    private static final Set<String> POSSESSED_PURCHASES = Set.of("purchase", "acquisition", "order", "procurement");
    /** Number words that count goods ("two frigates", "a dozen jets"). */
    private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "dozen", "more", "additional", "another", "further", "new");

    private DealRules() {
    }

    /** Adds the deals of one sentence to {@code out}; {@code fill} (or null) gives parties from a table caption. */
    static void find(SentenceView v, List<Actor> fill, List<Candidate> out) {
        Tokens tk = v.tk;
        if (describesTable(v) || flattenedTable(v)) {
            return; // "The table below lists the contracts signed by A, B and C since 2016": its rows give the deals
        }
        Set<Integer> usedClauses = new HashSet<>();
        for (int t = v.a; t < v.b; t++) {
            String w = tk.norm(t);
            if (BASE_PURCHASE.contains(w) && !v.money.isEmpty() && tk.isWord(t - 1)
                    && Lexicon.MODAL.contains(tk.norm(t - 1)) && !"to".equals(tk.norm(t - 1))) {
                int cs = Clauses.clauseStart(v, t);
                DealCandidates.valueHint(v, t, cs, Clauses.clauseEnd(v, t), out);
                continue;
            }
            if (!DEAL_FIRST_WORDS.contains(w)) {
                continue;
            }
            int cs = Clauses.clauseStart(v, t);
            int ce = Clauses.clauseEnd(v, t);
            // "X signed A with Y, and in 2021 [X] concluded B with Z": each deal verb keeps its own half
            List<Act> carried = List.of();
            int prevAnd = DealClauses.coordinatedAnd(v, cs, t, t);
            if (prevAnd >= 0) {
                carried = DealClauses.subjectBefore(v, cs, prevAnd, t);
                cs = prevAnd + 1;
            }
            int aside = DealClauses.subjectWithAside(v, v.a, t);
            if (aside >= 0) {
                // "..., and the Central African Republic, where ..., concluded an agreement": its subject, not the aside
                List<Act> subject = new ArrayList<>();
                for (Act ac : v.acts) {
                    if (ac.s() >= aside && ac.e() <= t && ",".equals(tk.norm(ac.e()))) {
                        subject.add(ac);
                        break;
                    }
                }
                carried = subject;
                cs = t;
            }
            int nextAnd = DealClauses.coordinatedAnd(v, t + 1, ce, -1);
            if (nextAnd >= 0) {
                ce = ",".equals(tk.norm(nextAnd - 1)) ? nextAnd - 1 : nextAnd;
            }
            int asideAfter = DealClauses.asideClauseAfter(v, t, ce);
            if (asideAfter >= 0) {
                ce = asideAfter; // "bought drones from X in 2022, and Mali, which ..., concluded ...": Mali's own
            }
            boolean headline = headlineColon(v, t);
            if (headline) {
                ce = v.b; // "Contract signed: Hanwha to deliver 18 K9 howitzers to Estonia": the rest names the deal
            }
            for (int i = t + 2; i < ce - 1; i++) {
                if ("having".equals(tk.norm(i)) && ",".equals(tk.norm(i - 1))) {
                    ce = i - 1; // "signed a contract with Saab, having rejected a US offer": a clause of its own
                    break;
                }
            }
            int own = DealClauses.ownClauseAfter(v, t, ce);
            if (own >= 0) {
                ce = own; // "signed a memorandum with X, and the navy has trained with Y and Z": Y and Z are no parties
            }
            int later = laterAct(v, t, ce);
            if (later >= 0) {
                ce = later; // "ordered jets from X in 2016, received drones from Y in 2021": each act its own
            }
            int having = DealClauses.havingClause(v, cs, t);
            if (having >= 0) {
                // "X agreed to explore a pipeline with Y, having already signed a deal with Z": X and Z
                carried = DealClauses.sentenceSubject(v, cs);
                cs = having + 1;
            }
            if (carried.isEmpty()) {
                carried = DealClauses.sharedSubject(v, cs, t);
            }
            int sub = DealClauses.subordinateSubject(v, cs, t);
            if (sub >= 0) {
                cs = sub; // "France's envoy attended as Greece and Cyprus signed ...": the clause of "as"
            }
            int rel = DealClauses.relativeInList(v, cs, t);
            if (rel >= 0) {
                cs = rel; // "X, which A, B and C have all bought, ...": the relative clause alone
                for (int i = t + 1; i < ce; i++) {
                    if (",".equals(tk.norm(i))) {
                        ce = i;
                        break;
                    }
                }
            }
            int noun = -1;
            boolean trig = false;
            boolean purchase = false;
            boolean win = false;
            int datedFrom = -1;
            if ("sign".equals(w) && "to".equals(tk.norm(t - 1))) {
                boolean ordinal = false;
                for (int i = Math.max(cs, t - 6); i < t - 1; i++) {
                    if (ORDINAL_WORDS.contains(tk.norm(i))) {
                        ordinal = true;
                    }
                }
                noun = ordinal ? DealNouns.dealNounNear(v, t, cs, ce, 0, 8) : -1;
                trig = noun >= 0;
                for (int i = Math.max(cs, t - 6); i < t && trig; i++) {
                    if ("not".equals(tk.norm(i)) || "never".equals(tk.norm(i))) {
                        trig = false;
                    }
                }
            } else if ("sign".equals(w) && Clauses.actEndsAt(v, t) && !MODALS.contains(tk.norm(t - 1))) {
                // "1992 — Russia, Kazakhstan and Armenia sign the Collective Security Treaty": a timeline's present
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 8);
                if (noun < 0) {
                    noun = DealNouns.signedObject(v, t, ce);
                }
                trig = noun >= 0;
            } else if (PRESENT_PURCHASE.contains(w) && Clauses.actEndsAt(v, t) && countedGoods(v, t + 1, ce)) {
                // "2021 - Egypt orders 30 additional Rafale jets from France": a headline's or timeline's present
                purchase = true;
                trig = true;
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 12);
            } else if (EXERCISED.contains(w) && optionAfter(v, t, ce)) {
                // "Greece exercised an option for a fourth frigate": the option taken up is a purchase
                purchase = true;
                trig = true;
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 12);
            } else if (headline) {
                noun = v.a;
                trig = true;
            } else if (("signatures".equals(w) || "signature".equals(w)) && SIGNATURE_VERBS.contains(tk.norm(t - 2))
                    && Set.of("their", "its", "his", "her", "our").contains(tk.norm(t - 1))
                    && ("to".equals(tk.norm(t + 1)) || "on".equals(tk.norm(t + 1)))
                    && !"to".equals(tk.norm(t - 3))) {
                // "put their signatures to the defence agreement": signed it
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 8);
                if (noun < 0) {
                    noun = DealNouns.signedObject(v, t, ce);
                }
                trig = noun >= 0;
            } else if (ENLARGED.contains(w) && DealNouns.enlargedOrder(v, t) > 0) {
                // "Qatar enlarged its order for NH90 helicopters from Leonardo": a further purchase
                noun = DealNouns.enlargedOrder(v, t);
                purchase = true;
                trig = true;
            } else if (DID_VERBS.contains(w) && "did".equals(tk.norm(t - 1))) {
                // "Athens did sign the 2020 agreement with Cairo": emphatic past
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 8);
                trig = noun >= 0;
            } else if (POSSESSED_PURCHASES.contains(w) && ("of".equals(tk.norm(t + 1)) || "for".equals(tk.norm(t + 1)))
                    && DealNouns.possessorBefore(v, t) && sellerAfter(v, t, ce) && !PLANNED.contains(tk.norm(t - 1))) {
                // "Armenia's purchase of four Su-30SM fighters from Russia in 2019": reported when dated or valued
                noun = t;
                purchase = true;
                trig = (!v.money.isEmpty() || CandidateFields.pickDate(v, t, cs, ce) != null) && !approvedOnly(v, t);
            } else if (DealNouns.isDealNoun(v, t) && ("was".equals(tk.norm(t + 1)) || "were".equals(tk.norm(t + 1)))
                    && "worth".equals(tk.norm(t + 2)) && !v.money.isEmpty()) {
                noun = t; // "whose 2016 contract was worth EUR 7.87 billion"
                trig = true;
            } else if ("contracted".equals(w) && organizationAt(v, t + 1)) {
                // "Australia contracted Saab to upgrade ...": the company contracted is the seller
                trig = true;
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 12);
            } else if (Lexicon.DEAL_VERBS.contains(w)) {
                String nx = tk.norm(t + 1);
                if (("signed".equals(w) || "signing".equals(w)) && ("into".equals(nx) || "off".equals(nx) || "up".equals(nx))) {
                    continue;
                }
                noun = DealNouns.dealNounNear(v, t, Clauses.nounSearchStart(v, cs), ce, 12, 8);
                if (noun < 0) {
                    noun = DealNouns.namedDealAfter(v, t, ce); // "signed a ten-year Defence and ... Agreement"
                }
                for (int i = t + 1; i < noun; i++) {
                    if (UNILATERAL_PAPERS.contains(tk.norm(i))) {
                        noun = -1; // "signed a law annulling the port agreement": the law is what was signed
                        break;
                    }
                }
                if (Lexicon.PURCHASE_VERBS.contains(w)) {
                    boolean action = false;
                    for (int i = t + 1; i < Math.min(ce, t + 4); i++) {
                        if (Lexicon.ACTION_NOUNS.contains(tk.norm(i))) {
                            action = true;
                        }
                    }
                    if (action) {
                        continue;
                    }
                    // "purchased", "ordered" need goods: an item word or a number after them, or a deal noun
                    purchase = true;
                    trig = true;
                    if (("acquired".equals(w) || "sold".equals(w)) && !armsAfter(v, t, ce, 11)) {
                        continue;
                    }
                } else if (Lexicon.DEAL_VERBS_NEED_NOUN.contains(w)) {
                    if (noun < 0 && ("another".equals(tk.norm(t + 1)) || "one".equals(tk.norm(t + 2))
                            && ("a".equals(tk.norm(t + 1)) || "another".equals(tk.norm(t + 1))))) {
                        noun = DealNouns.dealNounNear(v, t, v.a, t, 30, 0); // "signed another one"
                    }
                    if (noun < 0) {
                        noun = DealNouns.signedObject(v, t, ce);
                    }
                    if (noun < 0) {
                        noun = DealClauses.relativeNounBefore(v, v.a, t); // "the deal that A and B signed in 2022"
                        if (noun >= 0) {
                            cs = Math.min(cs, noun + 1); // the relative clause from "that", with all its subject
                            ce = DealClauses.relativeEnd(v, t, ce);
                        }
                    }
                    if (noun < 0 && "by".equals(tk.norm(t + 1))) {
                        // "The lease of the port, signed by Sri Lanka in 2017"
                        noun = DealNouns.signedObjectBefore(v, t, cs);
                    }
                    if (noun < 0 && signedForGoods(v, t, ce)) {
                        purchase = true; // "signed for 12 Rafale fighters": an order
                        trig = true;
                    }
                    if (noun < 0 && !trig) {
                        continue;
                    }
                    trig = true;
                } else {
                    trig = noun >= 0;
                }
            } else if (ANNOUNCING.contains(w)) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 5);
                trig = noun >= 0 && !"plans".equals(tk.norm(t + 1)) && !"that".equals(tk.norm(t + 1));
            } else if ("entered".equals(w) && "into".equals(tk.norm(t + 1))) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 8);
                trig = noun >= 0;
            } else if (("agreed".equals(w) || "agree".equals(w)) && AGREED_PREPOSITIONS.contains(tk.norm(t + 1))
                    || "agreed".equals(w)
                    && ("a".equals(tk.norm(t + 1)) || "an".equals(tk.norm(t + 1)) || "the".equals(tk.norm(t + 1)))) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 6);
                trig = noun >= 0 && "agreed".equals(w);
                // "agreed to sign a deal" is intent
                if (trig && tk.isWord(t + 2) && INTENT_VERBS_AFTER_AGREED_TO.contains(tk.norm(t + 2))) {
                    trig = false;
                }
                // "agreed to move towards a contract": the deal noun is the object of another verb, not agreed
                String x = tk.norm(t + 2);
                if (trig && "to".equals(tk.norm(t + 1)) && noun > t + 2 && tk.isWord(t + 2) && !DETERMINERS.contains(x)
                        && !TRANSFER_VERBS.contains(x) && !DealNouns.isDealNoun(v, t + 2) && !tk.capitalised(t + 2)
                        && !tk.isNumber(t + 2) && !x.endsWith("-year") && !"all".equals(x) && !"new".equals(x)
                        && !recommitted(v, t + 2, ce)) {
                    trig = false;
                }
            } else if ("agreed".equals(w) && DealClauses.relativeNounBefore(v, v.a, t) >= 0) {
                // "the ceasefire that Pakistan and Afghanistan agreed in Doha": the deal noun heads the relative
                noun = DealClauses.relativeNounBefore(v, v.a, t);
                cs = Math.min(cs, noun + 1);
                ce = DealClauses.relativeEnd(v, t, ce);
                trig = true;
            } else if ("reached".equals(w)) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 10, 5);
                trig = noun >= 0 && !"out".equals(tk.norm(t + 1));
            } else if ("arrived".equals(w) && "at".equals(tk.norm(t + 1))) {
                // "India and China have arrived at an agreement on patrolling": reached it
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 4);
                trig = noun >= 0 && !"'s".equals(tk.norm(noun + 1)); // not "arrived at the agreement's venue"
            } else if ("brokered".equals(w) || "mediated".equals(w) || "brokering".equals(w)) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 8, 6);
                trig = noun >= 0 && DealNouns.isCeasefire(v, noun);
            } else if (Lexicon.WIN_VERBS.contains(w)) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 7);
                trig = noun >= 0;
                win = true;
            } else if (RECEIVED.contains(w)) {
                // "Embraer received an order from Portugal": the supplier won the order
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 6);
                String head = noun >= 0 ? tk.norm(noun) : "";
                trig = head.startsWith("order") || head.startsWith("contract");
                win = true;
            } else if (DealNouns.isDealNoun(v, t) && ("with".equals(tk.norm(t + 1)) || "from".equals(tk.norm(t + 1)))
                    && DealNouns.possessorBefore(v, t) && !PLANNED.contains(tk.norm(t - 1))) {
                // "the Philippines' $375 million contract with India, signed in January 2022": a deal reported as a
                // fact when the text gives its value or date; without them it is only presupposed
                noun = t;
                trig = !v.money.isEmpty() || CandidateFields.pickDate(v, t, cs, ce) != null;
            } else if (DealNouns.isDealNoun(v, t) && "between".equals(tk.norm(t + 1)) && datedNoun(v, t)) {
                // "since the March 10 agreement between Damascus and the SDF": a dated deal named by its parties
                noun = t;
                trig = true;
                datedFrom = t - 2;
                while (datedFrom > v.a && !"the".equals(tk.norm(datedFrom)) && !"'s".equals(tk.norm(datedFrom))) {
                    datedFrom--;
                }
                if (!REFERENCE_PREPOSITIONS.contains(tk.norm(datedFrom - 1))) {
                    datedFrom = -1; // "Kenya cancelled the 2019 agreement": the verb before it acts on the deal
                }
            } else if (DealNouns.isDealNoun(v, t)
                    && ("worth".equals(tk.norm(t + 1)) || "valued".equals(tk.norm(t + 1)))) {
                noun = t;
                trig = true;
            } else if ("placed".equals(w) && DealNouns.dealNounNear(v, t, cs, ce, 0, 6) >= 0
                    && tk.norm(DealNouns.dealNounNear(v, t, cs, ce, 0, 6)).startsWith("order")) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 0, 6); // "placed a £90m order with"
                trig = true;
            } else if ("placed".equals(w) && ("was".equals(tk.norm(t - 1)) || "were".equals(tk.norm(t - 1)))
                    && "by".equals(tk.norm(t + 1))) {
                // "a €2.9bn order for 44 tanks was placed by Lithuania with KMW": the passive of "placed an order"
                noun = DealNouns.dealNounNear(v, t, cs, t, 12, 0);
                trig = noun >= 0 && tk.norm(noun).startsWith("order");
            }
            if (trig && noun > t) {
                for (int i = t + 1; i < noun; i++) {
                    if (NONE.contains(tk.norm(i))) {
                        trig = false; // "signed no new contracts with India"
                    }
                }
            }
            if (trig && NONE.contains(tk.norm(t + 1))) {
                trig = false; // "have signed nothing yet"
            }
            if (trig && noun >= 0 && noun < t && DealClauses.relativeNounBefore(v, v.a, t) == noun) {
                ce = DealClauses.relativeEnd(v, t, ce); // "the deal that A and B signed in 2022, weeks after ..."
            }
            if (trig && usedClauses.contains(cs)) {
                // "a contract concluded under the framework deal that Warsaw and Seoul signed in 2022", "extending a
                // programme that began with the four ships Pakistan ordered from Turkey in 2018": a relative clause
                // with a subject of its own reports a deal of its own
                int rs = DealClauses.relativeSubjectStart(v, cs, t);
                if (rs > cs && !usedClauses.contains(rs)) {
                    cs = rs;
                }
            }
            if (!trig || usedClauses.contains(cs)) {
                continue;
            }
            if (w.endsWith("ing") && Lexicon.PURCHASE_VERBS.contains(w) && GERUND_OBJECT.contains(tk.norm(t - 1))) {
                continue; // "held talks on buying jets", "an interest in acquiring tanks": no purchase made
            }
            if ("as".equals(tk.norm(t - 1)) && Lexicon.DEAL_VERBS.contains(w)) {
                continue; // "we treat an agreement as concluded only when ...": a definition, not a report
            }
            boolean isBlocked = Clauses.blocked(v, t, cs);
            if (isBlocked && "to".equals(tk.norm(t - 1))) {
                // "the first country to sign a deal with X" reports a fact
                for (int i = Math.max(cs, t - 6); i < t - 1; i++) {
                    if (ORDINAL_WORDS.contains(tk.norm(i))) {
                        isBlocked = Clauses.blocked(v, i, cs);
                        for (int q = i + 1; q < t; q++) {
                            if (Lexicon.NEGATION.contains(tk.norm(q))) {
                                isBlocked = true; // "the only country not to sign"
                            }
                        }
                        break;
                    }
                }
            }
            if (isBlocked && noun >= 0 && t - noun == 1 && w.endsWith("ed")
                    && !Lexicon.NEGATION.contains(tk.norm(noun - 1)) && !Lexicon.NEGATION.contains(tk.norm(noun - 2))) {
                // "discussed the agreement signed in 2011": the participle reports the signing itself
                isBlocked = Clauses.blocked(v, t, noun + 1);
            }
            if (isBlocked && datedFrom >= 0) {
                // "talks stalled after the March 10 agreement between A and B": the main clause is not about it
                isBlocked = Clauses.blocked(v, t, datedFrom);
            }
            if (!isBlocked && IN_PROGRESS.contains(w) && BE.contains(tk.norm(t - 1))) {
                isBlocked = true; // "are finalising a treaty": not concluded yet
            }
            if (!isBlocked && w.endsWith("ing") && "been".equals(tk.norm(t - 1))) {
                isBlocked = true; // "has been buying arms from": a habit, not one deal
            }
            if (!isBlocked && purchase && w.endsWith("ing") && progressive(v, t, cs) && v.money.isEmpty()
                    && CandidateFields.pickDate(v, t, cs, ce) == null) {
                isBlocked = true; // "Peru, which is also buying armour from Korea": an ongoing purchase, no one deal
            }
            int habitEnd = ce;
            for (int i = t + 1; i < ce - 1; i++) {
                if (";".equals(tk.norm(i)) || ",".equals(tk.norm(i)) && AFTER_COMMA_OWN.contains(tk.norm(i + 1))) {
                    habitEnd = i; // "signed an agreement in 2019, and ties have grown since, with talks held regularly"
                    break;
                }
            }
            for (int i = cs; i < habitEnd && !isBlocked; i++) {
                if (Lexicon.HABITUAL.contains(tk.norm(i)) && !("decades".equals(tk.norm(i))
                        && !SPAN_PREPOSITIONS.contains(tk.norm(i - 1)) && !SPAN_PREPOSITIONS.contains(tk.norm(i - 2)))) {
                    // "traditionally bought", "for (several) decades"; not "the largest sale in decades", "to end
                    // decades of conflict"
                    isBlocked = true;
                }
            }
            if (isBlocked && win && "to".equals(tk.norm(t - 1))) {
                // "outbid Poland and Russia to win a deal": the win happened
                for (int i = cs; i < t; i++) {
                    if (OUTBIDDING_VERBS.contains(tk.norm(i))) {
                        isBlocked = false;
                    }
                }
            }
            if (noun >= 0 && !isBlocked && noun < t) {
                // the noun phrase carries the modality: "the agreement to be signed", "a deal expected to be signed"
                isBlocked = Clauses.blocked(v, t, noun);
            }
            if (!isBlocked && (invertedCondition(v, cs, t) || pendingSubordinate(v, t) && !(noun >= 0 && t - noun == 1)
                    || negatedRelative(v, noun, ce)
                    || noun >= 0 && noun < t && noneBefore(v, noun))) {
                isBlocked = true; // "Had Cairo signed ...", "a deal that was never finalised", "no contract has been signed"
            }
            int ownEnd = Clauses.beforeSubordinate(v, t, ce); // "... signed a truce, the first since the rebels walked away"
            int cancelFrom = datedFrom >= 0 ? datedFrom : cs; // "stalled since the March 10 agreement"
            if (isBlocked || Clauses.cancelled(v, cancelFrom, ownEnd)) {
                usedClauses.add(cs);
                if (isBlocked && !Clauses.cancelled(v, cancelFrom, ownEnd) && purchase && !v.money.isEmpty()) {
                    // "X will purchase the jets worth $1.6bn" right after the deal
                    DealCandidates.valueHint(v, t, cs, ce, out);
                }
                continue;
            }
            // intent carried by the object: "finalised plans to", "signed a letter of intent"
            boolean plans = false;
            for (int i = t + 1; i < Math.min(ce, t + 4); i++) {
                String x = tk.norm(i);
                // "signed a plan of military cooperation" is a document; "finalised plans to buy" an intent
                if (("plans".equals(x) || "plan".equals(x) || "roadmap".equals(x)) && "to".equals(tk.norm(i + 1))
                        || "intent".equals(x) || "intention".equals(x)) {
                    plans = true;
                }
            }
            if (plans) {
                usedClauses.add(cs);
                continue;
            }
            usedClauses.add(cs);
            DealCandidates.build(v, t, noun, cs, ce, purchase, fill, carried, out);
        }
    }

    /** Verbs of keeping a truce: agreeing to keep one is agreeing one ("agreed to observe the ceasefire"). */
    private static final Set<String> KEEP_VERBS = Set.of("observe", "respect", "uphold", "honour", "honor",
            "restore", "reinstate");

    /**
     * "agreed to (strictly) observe (all agreements on) the ceasefire": from {@code i}, an optional adverb, a verb of
     * keeping and, within the next few words, a ceasefire noun.
     */
    private static boolean recommitted(SentenceView v, int i, int ce) {
        Tokens tk = v.tk;
        int j = tk.norm(i).endsWith("ly") ? i + 1 : i;
        if (!KEEP_VERBS.contains(tk.norm(j))) {
            return false;
        }
        for (int k = j + 1; k < Math.min(ce, j + 7); k++) {
            if (Lexicon.CEASEFIRE_NOUNS.contains(tk.norm(k)) || DealNouns.isCeasefire(v, k)) {
                return true;
            }
        }
        return false;
    }

    /** Before a dated deal's noun phrase: the clause before is about something else ("stalled since the ..."). */
    private static final Set<String> REFERENCE_PREPOSITIONS = Set.of("since", "after", "despite", "following",
            "under", "before", "with", "to", "in", "by", "on");

    /**
     * "the March 10 agreement", "the November 2022 truce", "Tuesday's accord": a past date of a month or a day right
     * before deal noun {@code t}, after "the" or a possessive, with no word of a plan in between (a bare year, as in
     * "under the 2015 agreement", names a deal more than it reports one).
     */
    private static boolean datedNoun(SentenceView v, int t) {
        Tokens tk = v.tk;
        for (DateMention d : v.dates) {
            if (d.tokEnd() != t || d.range() || d.future() || d.value() == null || d.value().length() < 7) {
                continue;
            }
            String before = tk.norm(d.tokStart() - 1);
            if (d.tokStart() - 1 < v.a || PLANNED.contains(before)) {
                return false;
            }
            return "the".equals(before) || "'s".equals(tk.norm(d.tokEnd() - 1));
        }
        return false;
    }

    /** True when a name ends right before token {@code t} ("... and Armenia sign"). */
    /**
     * The comma that opens a later act of the same subject after a deal ("ordered three jets from X in 2016,
     * received twelve drones from Y in 2021"; ", and have announced their withdrawal from Z"), or -1.
     */
    private static int laterAct(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        for (int i = t + 2; i < ce - 1; i++) {
            if (!",".equals(tk.norm(i))) {
                continue;
            }
            int j = i + 1;
            if ("and".equals(tk.norm(j))) {
                j++;
            }
            if (j < ce && LATER_AUX.contains(tk.norm(j))) {
                j++;
            }
            if (j < ce && LATER_ACTS.contains(tk.norm(j))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A table laid out with spaces that reads as one sentence: "Date Parties Subject Status 2003 Cyprus – Egypt EEZ
     * delimitation in force 2007 Cyprus – Lebanon ...": three or more pairs of names joined by a spaced dash and three
     * or more years. Its rows are no prose, and reading them as one clause mixes the rows.
     */
    private static boolean flattenedTable(SentenceView v) {
        Tokens tk = v.tk;
        int years = 0;
        for (int i = v.a; i < v.b; i++) {
            String w = tk.norm(i);
            if (tk.isNumber(i) && (w.length() == 4 || numericDate(w))) {
                years++;
            }
        }
        if (years < 3) {
            return false;
        }
        int pairs = 0;
        for (int k = 1; k < v.acts.size(); k++) {
            Act prev = v.acts.get(k - 1);
            Act cur = v.acts.get(k);
            String dash = tk.norm(prev.e());
            if (cur.s() == prev.e() + 1 && ("-".equals(dash) || "\u2013".equals(dash) || "\u2014".equals(dash))
                    && tk.spaceBefore(prev.e()) && tk.spaceBefore(cur.s())) {
                pairs++;
            }
        }
        return pairs >= 3;
    }

    /** "27.11.2019": day, month and year with dots, as a number token (d.m.yyyy or dd.mm.yyyy). */
    private static boolean numericDate(String w) {
        int first = w.indexOf('.');
        int second = w.indexOf('.', first + 1);
        return first >= 1 && first <= 2 && second - first >= 2 && second - first <= 3 && w.length() - second == 5
                && w.indexOf('.', second + 1) < 0;
    }

    /**
     * A sentence that introduces a table or list ("The table below lists ...", "The contracts X signed are listed
     * below", "the following table summarises ..."): it sums up the deals of the rows and is none of its own.
     */
    static boolean describesTable(SentenceView v) {
        Tokens tk = v.tk;
        for (int i = v.a; i < v.b; i++) {
            String w = tk.norm(i);
            String next = i + 1 < v.b ? tk.norm(i + 1) : "";
            String prev = i > v.a ? tk.norm(i - 1) : "";
            if (TABLE_WORDS.contains(w) && (POINTING.contains(next) || POINTING.contains(prev)
                    || TABLE_VERBS.contains(next))) {
                return true;
            }
            if (("listed".equals(w) || "shown".equals(w) || "summarised".equals(w) || "summarized".equals(w))
                    && ("below".equals(next) || "above".equals(next))) {
                return true;
            }
        }
        return false;
    }

    /** "Contract signed: ...", "Deal sealed: ...", "Agreement reached: ...": a headline's deal noun, verb, colon. */
    private static boolean headlineColon(SentenceView v, int t) {
        return t == v.a + 1 && ":".equals(v.tk.norm(t + 1)) && DealNouns.isDealNoun(v, v.a)
                && (Lexicon.DEAL_VERBS.contains(v.tk.norm(t)) || "reached".equals(v.tk.norm(t))
                || "agreed".equals(v.tk.norm(t))) && !v.acts.isEmpty();
    }

    /** "... from Russia", "... from France's KNDS": a seller after the purchase noun in its clause. */
    private static boolean sellerAfter(SentenceView v, int t, int ce) {
        for (int i = t + 2; i < Math.min(ce, t + 14); i++) {
            if ("from".equals(v.tk.norm(i)) && (DealItems.actorAt(v, i + 1)
                    || "the".equals(v.tk.norm(i + 1)) && DealItems.actorAt(v, i + 2))) {
                return true;
            }
            if (Lexicon.DEAL_VERBS.contains(v.tk.norm(i))) {
                return false;
            }
        }
        return false;
    }

    /** "30 additional Rafale jets", "two more frigates": counted goods right at {@code i}, with an arms word. */
    private static boolean countedGoods(SentenceView v, int i, int ce) {
        Tokens tk = v.tk;
        String n = tk.norm(i);
        if (!(tk.isNumber(i) || COUNT_WORDS.contains(n))) {
            return false;
        }
        String n1 = tk.norm(i + 1);
        if ("%".equals(n1) || "percent".equals(n1) || "per".equals(n1) || "of".equals(n1)) {
            return false; // "buys 60 percent of its arms from Russia": a share, a habit
        }
        return armsAfter(v, i - 1, ce);
    }

    /** "exercised an option", "exercised its option to buy", "exercises the last two options". */
    private static boolean optionAfter(SentenceView v, int t, int ce) {
        for (int i = t + 1; i < Math.min(ce, t + 5); i++) {
            String w = v.tk.norm(i);
            if ("option".equals(w) || "options".equals(w)) {
                return true;
            }
            if (!v.tk.isWord(i)) {
                return false;
            }
        }
        return false;
    }

    /** An organization (a company) named at {@code i}, after an optional "the" or a possessive state. */
    private static boolean organizationAt(SentenceView v, int i) {
        for (Act ac : v.acts) {
            if (ac.ref() || ac.s() < i || ac.s() > i + 3) {
                continue;
            }
            boolean glue = true;
            for (int q = i; q < ac.s(); q++) {
                String w = v.tk.norm(q);
                if (!"the".equals(w) && !"'s".equals(w)) {
                    glue = glue && DealItems.actorAt(v, q);
                }
            }
            if (glue && Actor.ORGANIZATION.equals(ac.actor().kind())) {
                return true;
            }
        }
        return false;
    }

    /** "signed for 12 fighters", "signed for more jets": a number or "more" and arms after "signed for". */
    private static boolean signedForGoods(SentenceView v, int t, int ce) {
        Tokens tk = v.tk;
        String w = tk.norm(t);
        if (!("signed".equals(w) || "signs".equals(w) || "signing".equals(w) && ",".equals(tk.norm(t - 1)))) {
            return false;
        }
        int f = t + 1;
        if (!"for".equals(tk.norm(f)) && DealItems.dateAt(v, f + 1) && "in".equals(tk.norm(f))) {
            // "signed in April 2024 for 24 jets": a date between the verb and what was signed for
            f++;
            while (f < ce && DealItems.dateAt(v, f)) {
                f++;
            }
        }
        if ("with".equals(tk.norm(f)) && DealItems.actorAt(v, f + 1)) {
            f++; // "signed with LIG Nex1 for eight batteries": the seller between the verb and the goods
            while (f < ce && DealItems.actorAt(v, f)) {
                f++;
            }
        }
        if (!"for".equals(tk.norm(f))) {
            return false;
        }
        String n = tk.norm(f + 1);

        boolean number = tk.isNumber(f + 1) || COUNT_WORDS.contains(n);
        boolean counted = number || "more".equals(n) || "additional".equals(n)
                || "another".equals(n) || "further".equals(n);
        int name = f + 2;
        while (name < Math.min(ce, f + 6) && ("-".equals(tk.norm(name)) || tk.isWord(name) && !tk.capitalised(name)
                && ("-".equals(tk.norm(name + 1)) || "-".equals(tk.norm(name - 1))
                || GOODS_ADJECTIVES.contains(tk.norm(name))))) {
            name++; // "24 second-hand F-16s", "12 new Rafales"
        }
        // "signed for 20 Typhoons": a counted product name
        return counted && (armsAfter(v, f - 1, ce) || number && tk.capitalised(name)
                && !DealItems.actorAt(v, name) || number && DealItems.GOODS_WORDS.contains(tk.norm(f + 2)));
    }

    private static boolean armsAfter(SentenceView v, int t, int ce) {
        return armsAfter(v, t, ce, 8);
    }

    private static boolean armsAfter(SentenceView v, int t, int ce, int window) {
        for (int i = t + 1; i < Math.min(ce, t + window); i++) {
            if (Lexicon.ARMS_WORDS.contains(v.tk.norm(i)) && !"military".equals(v.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** Subordinators of a time still to come when a present passive follows: "once a treaty is signed". */
    private static final Set<String> PENDING_TIME = Set.of("once", "until", "till", "when", "before", "after");
    /** Subordinators of an open question or condition: "whether they produce a signed treaty", "if it is signed". */
    private static final Set<String> OPEN_QUESTION = Set.of("whether", "if", "unless");

    /**
     * "once a peace treaty is finally signed", "until the accord is signed", "whether the talks produce a signed
     * treaty", "if a deal is signed": deal word {@code t} inside a clause about a time to come or an open question.
     */
    private static boolean pendingSubordinate(SentenceView v, int t) {
        Tokens tk = v.tk;
        int j = t - 1;
        while (j > v.a && tk.isWord(j) && tk.norm(j).endsWith("ly")) {
            j--; // "is finally signed"
        }
        boolean presentPassive = "is".equals(tk.norm(j)) || "are".equals(tk.norm(j)) || "gets".equals(tk.norm(j));
        for (int i = t - 1; i >= Math.max(v.a, t - 14); i--) {
            String w = tk.norm(i);
            if (",".equals(w) || ";".equals(w) || ":".equals(w) || "that".equals(w) || "which".equals(w)) {
                return false;
            }
            if (OPEN_QUESTION.contains(w)) {
                return true;
            }
            if (PENDING_TIME.contains(w) && presentPassive) {
                return true;
            }
        }
        return false;
    }

    /** "Had Cairo signed ...", "Should Baku sign ...", "Were Ankara to buy ...": a condition, not a fact. */
    private static boolean invertedCondition(SentenceView v, int cs, int t) {
        String w = v.tk.norm(cs);
        if (!("had".equals(w) || "should".equals(w) || "were".equals(w)) || t - cs > 10
                || cs > v.a && !",".equals(v.tk.norm(cs - 1))) {
            return false;
        }
        for (int i = cs + 1; i < t; i++) {
            if (",".equals(v.tk.norm(i))) {
                return false;
            }
        }
        // "Had Cairo signed", "Had the deal with Ankara been signed": a subject right after the auxiliary
        return DealItems.actorAt(v, cs + 1) || "the".equals(v.tk.norm(cs + 1)) || "a".equals(v.tk.norm(cs + 1))
                || "an".equals(v.tk.norm(cs + 1));
    }

    /** "a deal worth $200m that was never finalised", "the treaty, which was never signed": denied after the noun. */
    private static boolean negatedRelative(SentenceView v, int noun, int ce) {
        if (noun < 0) {
            return false;
        }
        for (int i = noun + 1; i < Math.min(v.b, noun + 10); i++) {
            String w = v.tk.norm(i);
            if (("that".equals(w) || "which".equals(w)) && i + 4 < v.b) {
                for (int j = i + 1; j <= i + 3; j++) {
                    if ("never".equals(v.tk.norm(j)) || "not".equals(v.tk.norm(j))) {
                        return Lexicon.DEAL_VERBS.contains(v.tk.norm(j + 1))
                                || "been".equals(v.tk.norm(j + 1)) && Lexicon.DEAL_VERBS.contains(v.tk.norm(j + 2))
                                || "materialised".equals(v.tk.norm(j + 1)) || "materialized".equals(v.tk.norm(j + 1));
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "no arms contract with Beijing has been concluded": "no" in the noun phrase before the noun. */
    /** "is (also) buying", "are now ordering": a form of "be" right before the verb (adverbs between). */
    private static boolean progressive(SentenceView v, int t, int cs) {
        for (int i = t - 1; i >= Math.max(cs, t - 3); i--) {
            String w = v.tk.norm(i);
            if ("is".equals(w) || "are".equals(w) || "'re".equals(w)) {
                return true;
            }
            if (!PROGRESSIVE_ADVERBS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "no contract signed with X", "any agreement signed with X": no deal reported, or only a generic one. */
    private static boolean noneBefore(SentenceView v, int noun) {
        for (int i = noun - 1; i >= Math.max(v.a, noun - 3); i--) {
            String w = v.tk.norm(i);
            if ("no".equals(w) || "any".equals(w) || "every".equals(w)) {
                return true;
            }
            if (!v.tk.isWord(i)) {
                return false;
            }
        }
        return false;
    }
}
