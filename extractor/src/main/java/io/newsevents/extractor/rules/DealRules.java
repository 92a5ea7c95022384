package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.events.Money;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.money.MoneyParser.MoneyMention;
import io.newsevents.extractor.rules.Roles.Role;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deals (DealSigned) in a sentence of prose: a trigger (a deal verb, "agreed", "reached", "won", "a deal worth")
 * near a deal noun, not blocked by negation, modality, habit or cancellation, with the parties its clause names.
 * Stateless: every method is static.
 */
final class DealRules {

    /** "after signing", "upon concluding": a gerund after these names a deal read elsewhere. */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since", "following", "upon", "when",
            "while", "without");
    /** "also signed", "a second contract": another deal, merged with a known one only on a shared value or item. */
    private static final Set<String> FRESH = Set.of("also", "another", "second", "additional", "further", "separately",
            "separate", "later", "again", "more");
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
                    "reached", "brokered", "mediated", "brokering", "placed", "cease", "peace", "sign", "signatures",
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
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "still", "now", "currently");

    private DealRules() {
    }

    /** Before a deal noun: not concluded ("its proposed deal with X"). */
    private static final Set<String> PLANNED = Set.of("proposed", "planned", "prospective", "potential", "possible",
            "mooted", "rumoured", "rumored", "draft", "stalled", "failed", "abortive", "cancelled", "canceled",
            "future", "new");
    /** Before a bare "sign", these make it a wish or a plan, not a timeline's present. */
    private static final Set<String> MODALS = Set.of("to", "will", "would", "may", "might", "could", "should",
            "must", "shall", "can", "cannot", "not", "never", "'ll");

    /** True when a name ends right before token {@code t} ("... and Armenia sign"). */
    private static boolean actEndsAt(SentenceView v, int t) {
        for (Act ac : v.acts) {
            if (ac.e() == t) {
                return true;
            }
        }
        return false;
    }

    /** What one side signs alone: "signed a decree", "signed a law annulling the agreement". */
    private static final Set<String> UNILATERAL_PAPERS = Set.of("law", "laws", "bill", "bills", "decree", "decrees",
            "petition", "book", "ordinance");

    /** Adds the deals of one sentence to {@code out}; {@code fill} (or null) gives parties from a table caption. */
    static void find(SentenceView v, List<Actor> fill, List<Candidate> out) {
        Tokens tk = v.tk;
        Set<Integer> usedClauses = new HashSet<>();
        for (int t = v.a; t < v.b; t++) {
            String w = tk.norm(t);
            if (BASE_PURCHASE.contains(w) && !v.money.isEmpty() && tk.isWord(t - 1)
                    && Lexicon.MODAL.contains(tk.norm(t - 1)) && !"to".equals(tk.norm(t - 1))) {
                int cs = Clauses.clauseStart(v, t);
                valueHint(v, t, cs, Clauses.clauseEnd(v, t), out);
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
            int nextAnd = DealClauses.coordinatedAnd(v, t + 1, ce, -1);
            if (nextAnd >= 0) {
                ce = ",".equals(tk.norm(nextAnd - 1)) ? nextAnd - 1 : nextAnd;
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
            } else if ("sign".equals(w) && actEndsAt(v, t) && !MODALS.contains(tk.norm(t - 1))) {
                // "1992 — Russia, Kazakhstan and Armenia sign the Collective Security Treaty": a timeline's present
                noun = DealNouns.dealNounNear(v, t, t, ce, 0, 8);
                if (noun < 0) {
                    noun = DealNouns.signedObject(v, t, ce);
                }
                trig = noun >= 0;
            } else if (PRESENT_PURCHASE.contains(w) && actEndsAt(v, t) && countedGoods(v, t + 1, ce)) {
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
                trig = !v.money.isEmpty() || CandidateFields.pickDate(v, t, cs, ce) != null;
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
                    if (noun < 0 && "by".equals(tk.norm(t + 1))) {
                        noun = DealNouns.signedObjectBefore(v, t, cs); // "The lease of the port, signed by Sri Lanka in 2017"
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
                        && !tk.isNumber(t + 2) && !x.endsWith("-year") && !"all".equals(x) && !"new".equals(x)) {
                    trig = false;
                }
            } else if ("reached".equals(w)) {
                noun = DealNouns.dealNounNear(v, t, cs, ce, 10, 5);
                trig = noun >= 0 && !"out".equals(tk.norm(t + 1));
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
            } else if (DealNouns.isDealNoun(v, t) && ("worth".equals(tk.norm(t + 1)) || "valued".equals(tk.norm(t + 1)))) {
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
            if (!trig || usedClauses.contains(cs)) {
                continue;
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
            if (!isBlocked && IN_PROGRESS.contains(w) && BE.contains(tk.norm(t - 1))) {
                isBlocked = true; // "are finalising a treaty": not concluded yet
            }
            if (!isBlocked && w.endsWith("ing") && "been".equals(tk.norm(t - 1))) {
                isBlocked = true; // "has been buying arms from": a habit, not one deal
            }
            for (int i = cs; i < ce && !isBlocked; i++) {
                if (Lexicon.HABITUAL.contains(tk.norm(i))) {
                    isBlocked = true; // "traditionally bought", "for decades"
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
            if (!isBlocked && (invertedCondition(v, cs, t) || negatedRelative(v, noun, ce)
                    || noun >= 0 && noun < t && noneBefore(v, noun))) {
                isBlocked = true; // "Had Cairo signed ...", "a deal that was never finalised", "no contract has been signed"
            }
            if (isBlocked || Clauses.cancelled(v, cs, ce)) {
                usedClauses.add(cs);
                if (isBlocked && !Clauses.cancelled(v, cs, ce) && purchase && !v.money.isEmpty()) {
                    valueHint(v, t, cs, ce, out); // "X will purchase the jets worth $1.6bn" right after the deal
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
            buildDeal(v, t, noun, cs, ce, purchase, fill, carried, out);
        }
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

    /** A value stated for a deal in modal words next to it: only ever fills the value of that deal. */
    private static void valueHint(SentenceView v, int t, int cs, int ce, List<Candidate> out) {
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

    private static final Set<String> ANNOUNCES = Set.of("announces", "announced", "confirms", "confirmed");

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

    /** "put their signatures to", "set its signature to", "affixed their signatures on". */
    private static final Set<String> SIGNATURE_VERBS = Set.of("put", "set", "affixed", "added", "putting", "puts");
    /** "did sign", "did conclude": the emphatic past of a signing. */
    private static final Set<String> DID_VERBS = Set.of("sign", "conclude", "seal", "finalise", "finalize", "ink");
    /** Nouns of a purchase named by its buyer: "Armenia's purchase of", "Nigeria's order for". */
    private static final Set<String> POSSESSED_PURCHASES = Set.of("purchase", "acquisition", "order", "procurement");

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

    /** Nouns that a name modifies when another name follows: "Eurofighter partner Italy", "NATO ally Turkey". */
    private static final Set<String> PARTNER_NOUNS = Set.of("partner", "partners", "ally", "allies", "member",
            "members", "nation", "nations", "state", "states", "country", "countries");
    /** "after talks with X": X talked, it did not sign. */
    private static final Set<String> TALK_NOUNS = Set.of("talks", "negotiations", "consultations", "discussions",
            "meeting", "meetings", "contacts");
    /** Glued prefixes that make a name part of an adjective: "trans-Afghan", "anti-Russian", "pro-Western". */
    private static final Set<String> NAME_PREFIXES = Set.of("trans", "pan", "anti", "pro", "non", "ex", "post",
            "pre", "inter", "intra", "extra", "sub");

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
            if (PARTNER_NOUNS.contains(after) && DealItems.actorAt(v, ac.e() + 1)) {
                roles[k] = Role.EXCLUDED;
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
            if ("of".equals(tk.norm(p)) && "presence".equals(tk.norm(p - 1))) {
                roles[k] = Role.EXCLUDED;
                continue;
            }
            int q = ac.s() - 1;
            while (q > t && (DealItems.actorAt(v, q) || PARTNER_NOUNS.contains(tk.norm(q)) || "the".equals(tk.norm(q)))) {
                q--;
            }
            if (q > t && "with".equals(tk.norm(q)) && TALK_NOUNS.contains(tk.norm(q - 1))) {
                roles[k] = Role.EXCLUDED; // "signed for 20 jets from X after talks with Y": Y only talked
            }
        }
    }

    /** "the contract that Hungary signed": the "that"/"which" right after the deal noun, before t, or -1. */
    private static int relativeOpener(SentenceView v, int noun, int t) {
        if (noun < 0 || noun >= t) {
            return -1;
        }
        String w = v.tk.norm(noun + 1);
        return ("that".equals(w) || "which".equals(w)) && noun + 1 < t ? noun + 1 : -1;
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
    private static boolean noneBefore(SentenceView v, int noun) {
        for (int i = noun - 1; i >= Math.max(v.a, noun - 3); i--) {
            String w = v.tk.norm(i);
            if ("no".equals(w)) {
                return true;
            }
            if (!v.tk.isWord(i)) {
                return false;
            }
        }
        return false;
    }

    /** Number words that count goods ("two frigates", "a dozen jets"). */
    private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "dozen", "more", "additional", "another", "further", "new");

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
        String w = v.tk.norm(t);
        if (!("signed".equals(w) || "signs".equals(w)) || !"for".equals(v.tk.norm(t + 1))) {
            return false;
        }
        String n = v.tk.norm(t + 2);
        boolean counted = v.tk.isNumber(t + 2) || "more".equals(n) || "additional".equals(n)
                || "another".equals(n) || "further".equals(n);
        // "signed for 20 Typhoons": a counted product name
        return counted && (armsAfter(v, t, ce) || v.tk.isNumber(t + 2) && v.tk.capitalised(t + 3)
                && !DealItems.actorAt(v, t + 3));
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

    private static void buildDeal(SentenceView v, int t, int noun, int cs, int ce, boolean purchase, List<Actor> fill,
                                  List<Act> carried, List<Candidate> out) {
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
        boolean ceasefire = DealNouns.isCeasefire(v, noun);
        boolean fromContext = false;
        List<Actor> partyActors = actorsOf(parties);
        // places and makers fill in a missing party, but two of them do not make a deal without a party
        boolean weakFill = !partyActors.isEmpty() || weak.size() < 2;
        if (ActorLists.distinctKeys(partyActors) < 2 && weakFill && !(partyActors.isEmpty() && onlyMakers(tk, weak))) {
            for (Act wk : weak) {
                ActorLists.addUnique(partyActors, wk.actor());
            }
        }
        if (ActorLists.distinctKeys(partyActors) < 2 && fill != null) {
            for (Actor f : fill) {
                ActorLists.addUnique(partyActors, f);
            }
            fromContext = true;
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
        for (int i = cs; i < t; i++) {
            if (("earlier".equals(tk.norm(i)) || "previously".equals(tk.norm(i)))
                    && !"this".equals(tk.norm(i + 1)) && !"that".equals(tk.norm(i + 1))) {
                base.fresh = true; // "three months earlier the two sides had signed ...": another, older deal
            }
        }
        base.value = pickMoney(v, noun >= 0 ? noun : t, cs, ce);
        DateMention dm = CandidateFields.pickDate(v, t, cs, ce);
        if (dm != null && dm.future()) {
            return;
        }
        base.date = dm == null ? null : dm.value();
        DealItems.items(v, t, noun, cs, ce, base.items, base.itemKeys);
        if (noun > t + 1) {
            DealItems.keys(v, t + 1, noun, base.itemKeys);
        }
        base.category = ceasefire ? "ceasefire" : DealItems.category(v, cs, ce, noun, base.items);
        base.confidence = CandidateFields.confidence(0.72, base.value != null, base.date != null, fromContext,
                Clauses.hedged(v));
        if (datedPartners(v, t, cs, ce, parties, base, out)) {
            return; // "treaties with X in 2014 and with Y in 2015": one deal per partner and year
        }
        // split "agreements with Kazakhstan and Turkmenistan", "contracts signed by the two countries with China"
        List<List<Actor>> groups = split(v, t, noun, parties, partyActors, purchase);
        for (List<Actor> g : groups) {
            Candidate c = groups.size() == 1 ? base : copy(base);
            for (Actor a : g) {
                c.addActor(a);
            }
            out.add(c);
        }
    }

    /** Feelings an onlooker has about a deal: "to Beijing's fury", "to the dismay of Moscow". */
    private static final Set<String> REACTION_NOUNS = Set.of("fury", "anger", "dismay", "alarm", "irritation",
            "annoyance", "chagrin", "displeasure", "concern", "concerns", "consternation", "frustration", "delight",
            "satisfaction", "surprise", "relief", "disappointment", "unease", "ire", "protests", "objections");
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

    /**
     * Actors after the trigger that only look on: the subject of a relative clause that reports no deal of its own
     * ("a relationship that Azerbaijan has denounced", "a pact that New Delhi hopes will limit China's reach"), an
     * onlooker's feeling ("to Beijing's fury", "to the dismay of Moscow") and the ones who report the deal (", the
     * United States and Saudi Arabia said"). Also a mediator named by a demonym ("after Turkish mediation").
     */
    static void bystanders(SentenceView v, List<Act> acts, Role[] roles, int t, int ce) {
        Tokens tk = v.tk;
        int relative = -1;
        for (int i = t + 1; i < ce; i++) {
            String w = tk.norm(i);
            if (("that".equals(w) || "which".equals(w)) && !NOT_RELATIVE_BEFORE.contains(v.w(i - 1))) {
                boolean ownDeal = false;
                for (int j = i + 1; j < ce; j++) {
                    if (Lexicon.DEAL_VERBS.contains(tk.norm(j))) {
                        ownDeal = true;
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
        for (int k = 0; k < acts.size(); k++) {
            Act ac = acts.get(k);
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
                    || "of".equals(p1) && REACTION_NOUNS.contains(tk.norm(p - 1))) {
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

    private static List<List<Actor>> split(SentenceView v, int t, int noun, List<Act> parties, List<Actor> all,
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

    private static List<Actor> actorsOf(List<Act> acts) {
        List<Actor> out = new ArrayList<>();
        for (Act a : acts) {
            ActorLists.addUnique(out, a.actor());
        }
        return out;
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
}
