package io.newsevents.extractor.rules;

import io.newsevents.extractor.text.Tokens;

import java.util.Set;

/**
 * Whether a negated recognition is a stance held now: "withholds recognition" negates by itself; a demand on others
 * ("urged Serbia not to recognise"), a condition or an end ("would not recognise", "ended its non-recognition") do
 * not count, unless "would" is reported speech ("said Pakistan would not recognise Israel"); accepting a thing ("never
 * accepted its terms") is no recognition. Stateless: every method is static.
 */
final class RecognitionNegation {

    /** "withholds recognition", "withdrew its recognition": words before "recognition" that negate it. */
    static final Set<String> WITHHOLDING_WORDS = Set.of("withdrew", "withdraws", "withdrawn", "revoked",
            "revokes", "rescinded", "withhold", "withholds", "withheld", "withholding", "refuse", "refuses", "refused", "refusal");
    /**
     * Words before a negated recognition that make it conditional or past ("would not recognise", "ended its
     * non-recognition").
     */
    static final Set<String> CONDITIONAL_OR_ENDED = Set.of("would", "could", "might", "may", "if", "unless",
            "whether", "threatened", "threatens", "ended", "end", "ending", "stopped", "abandoned", "reversed",
            "lifted");
    /** Demand verbs besides {@link Lexicon#DEMAND_VERBS}: "resolutions which call on all states not to recognise". */
    static final Set<String> MORE_DEMANDS = Set.of("call", "calling", "ask", "asking", "press", "pressing", "appeal",
            "appealing", "encourage", "encouraging", "persuading", "persuades", "instruct", "instructs", "instructed", "wants", "want",
            "wanted", "wanting", "expects", "expect", "expected", "expecting");
    /** Verbs of saying that shift "will" back to "would" in reported speech. */
    private static final Set<String> SAYING = Set.of("said", "stated", "declared", "announced", "reiterated",
            "insisted", "stressed", "repeated", "told", "confirmed", "added", "made clear");

    /** Verbs before "short of": "stopped short of recognising", "falls short of recognising". */
    private static final Set<String> STOP_SHORT = Set.of("stopped", "stops", "stop", "stopping", "fell", "falls",
            "fall", "falling");
    /** Verbs before "away from": "shied away from recognising", "steers away from recognising". */
    private static final Set<String> SHY_AWAY = Set.of("shied", "shies", "shy", "shying", "steered", "steers",
            "steer", "steering", "stayed", "stays", "stay", "staying");
    /** Verbs before "off (on|from)": "held off on recognising". */
    private static final Set<String> HOLD_OFF = Set.of("held", "holds", "hold", "holding");
    /** Verbs that give recognition as their object: "has not extended recognition to X". */
    static final Set<String> GRANTING = Set.of("extended", "extends", "extend", "extending", "granted", "grants",
            "grant", "granting", "accorded", "accords", "accord", "offered", "offers", "offer", "given", "gave",
            "give", "gives");

    private RecognitionNegation() {
    }

    /**
     * "stopped short of recognising", "shied away from recognising", "held off on recognising": a phrase that ends
     * at {@code i + 1} (the preposition) and withholds what follows.
     */
    static boolean holdsBack(Tokens tk, int i) {
        String x = tk.norm(i);
        String p = tk.norm(i + 1);
        String before = tk.norm(i - 1);
        return "short".equals(x) && "of".equals(p) && STOP_SHORT.contains(before)
                || "away".equals(x) && "from".equals(p) && SHY_AWAY.contains(before)
                || "off".equals(x) && ("on".equals(p) || "from".equals(p)) && HOLD_OFF.contains(before);
    }

    /**
     * "Islamabad said Pakistan would not recognise Israel": a reported "will not", a stance stated now, not a
     * condition; still conditional with "if", "unless" or "until" in the clause.
     */
    static boolean reportedWould(SentenceView v, int i, int cs, int ce) {
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

    /** Adverbs between an aside and the trigger: "has not, to date, formally recognised". */
    private static final Set<String> TRIGGER_ADVERBS = Set.of("formally", "officially", "diplomatically", "yet",
            "ever", "explicitly", "publicly", "fully", "still");

    /**
     * "has not, to date, formally recognised X", "has never, despite pressure, recognised X": a negation right before
     * an aside between commas (at most five words) that ends just before the trigger at {@code t} (adverbs may come
     * between); the negation's index or -1.
     */
    static int negationBeforeAside(Tokens tk, int cs, int t) {
        int i = t - 1;
        while (i > cs && TRIGGER_ADVERBS.contains(tk.norm(i))) {
            i--;
        }
        if (!",".equals(tk.norm(i))) {
            return -1;
        }
        for (int j = i - 2; j >= Math.max(cs + 1, i - 6); j--) {
            if (",".equals(tk.norm(j))) {
                String n = tk.norm(j - 1);
                return "not".equals(n) || "n't".equals(n) || "never".equals(n) ? j - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "urged Serbia not to recognise", "called on states to refuse recognition": a demand verb governs the trigger
     * through "to" (or "should"/"must"); not "which calls Kosovo a province and does not recognise".
     */
    static boolean demandReaches(Tokens tk, int demand, int t) {
        for (int i = demand + 1; i < t; i++) {
            String x = tk.norm(i);
            if ("to".equals(x) || "should".equals(x) || "must".equals(x)) {
                return true;
            }
        }
        return false;
    }

    /** Objects of "accept"/"reject" that are things, not states: "accept its terms", "rejected the offer". */
    private static final Set<String> ACCEPTED_THINGS = Set.of("terms", "conditions", "offer", "offers", "proposal",
            "proposals", "deal", "agreement", "accord", "plan", "results", "result", "outcome", "ruling", "verdict",
            "demands", "demand", "invitation", "mediation", "framework");

    /** "has never accepted its terms": the accept verb at {@code t} takes a thing (an offer, terms), no state. */
    static boolean acceptsAThing(Tokens tk, int t) {
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
}
