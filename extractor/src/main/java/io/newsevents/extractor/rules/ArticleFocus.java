package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state an article is about, read as it goes: the state named most often so far, when it clearly leads. A deal
 * whose sentence names one party and refers to the other only as "the defence ministry", "the government" or "it"
 * ("In October the defence ministry concluded an agreement with Washington for 31 drones") takes that state as its
 * other party. Not thread-safe: one per article.
 */
final class ArticleFocus {

    /** A state must be named this often, and this many times more than the next one, to be the article's focus. */
    private static final int MIN_MENTIONS = 3;
    private static final double LEAD = 1.5;
    /** Heads of "the defence ministry", "the government", "the navy": a state's organs without its name. */
    private static final Set<String> ORGAN_HEADS = Set.of("ministry", "government", "army", "navy", "military",
            "cabinet", "administration", "kingdom", "country");
    /** Pronouns that stand for the article's state when no other subject is named. */
    private static final Set<String> PRONOUNS = Set.of("it", "its");

    private final States states;
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Actor> byKey = new HashMap<>();

    ArticleFocus(States states) {
        this.states = states;
    }

    /** Counts the states the sentence names (references to earlier ones are not counted again). */
    void count(SentenceView v) {
        for (Act ac : v.acts) {
            if (ac.ref()) {
                continue;
            }
            Actor s = states.stateOf(ac.actor());
            if (s != null) {
                mentions.merge(s.key(), 1, Integer::sum);
                byKey.putIfAbsent(s.key(), s);
            }
        }
    }

    /** The leading state so far, or null. */
    Actor state() {
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            int n = e.getValue();
            if (n > top) {
                second = top;
                top = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return top >= MIN_MENTIONS && top >= LEAD * second ? byKey.get(best) : null;
    }

    /**
     * Completes the one-party deals just read from sentence {@code v} with the article's state, when the sentence
     * refers to an unnamed state organ or uses "it" before the deal.
     */
    void fill(SentenceView v, SentenceView previous, List<Candidate> fresh) {
        Actor focus = null;
        for (Candidate c : fresh) {
            if (!Candidate.DEAL.equals(c.type) || !c.weak || c.valueOnly || ActorLists.distinctKeys(c.actors) != 1) {
                continue;
            }
            Actor party = states.stateOf(c.actors.get(0));
            if (focus == null) {
                if (!refersToUnnamedState(v)) {
                    return;
                }
                focus = state();
                if (focus == null) {
                    focus = openingState(previous); // "Peru needs jets. The contract was signed with Korea in 2023."
                }
                if (focus == null) {
                    return;
                }
            }
            if (party != null && party.key().equals(focus.key())) {
                continue;
            }
            c.addActor(focus);
            c.weak = false;
            c.confidence = Math.round(Math.max(0.05, c.confidence - 0.1) * 100) / 100.0;
        }
    }

    /** The one state a sentence opens with (its subject), or null. */
    private Actor openingState(SentenceView v) {
        if (v == null || v.acts.isEmpty() || v.acts.get(0).s() > v.a + 2) {
            return null;
        }
        Actor first = states.stateOf(v.acts.get(0).actor());
        if (first == null) {
            return null;
        }
        for (Act ac : v.acts) {
            Actor s = states.stateOf(ac.actor());
            if (s != null && !s.key().equals(first.key())) {
                return null; // the sentence names other states too: no single subject to carry over
            }
        }
        return first;
    }

    /**
     * "the defence ministry", "the government", "it": a state organ or pronoun with no name attached; or a deal with
     * no subject at all, where the first deal word comes before the first name ("the S-400 contract signed with
     * Russia in 2018").
     */
    private static boolean refersToUnnamedState(SentenceView v) {
        Tokens tk = v.tk;
        int firstAct = v.acts.isEmpty() ? v.b : v.acts.get(0).s();
        for (int i = v.a; i < firstAct; i++) {
            if (Lexicon.DEAL_NOUNS.contains(tk.norm(i)) && !"order".equals(tk.norm(i))) {
                return true;
            }
        }
        for (int i = v.a; i < v.b; i++) {
            String w = tk.norm(i);
            if (PRONOUNS.contains(w)) {
                return true;
            }
            if (ORGAN_HEADS.contains(w) && i > v.a) {
                String p = tk.norm(i - 1);
                String pp = i - 2 >= v.a ? tk.norm(i - 2) : "";
                if ("the".equals(p) || "the".equals(pp) && ("defence".equals(p) || "defense".equals(p)
                        || "federal".equals(p) || "central".equals(p) || "foreign".equals(p))) {
                    return true;
                }
            }
        }
        return false;
    }
}
