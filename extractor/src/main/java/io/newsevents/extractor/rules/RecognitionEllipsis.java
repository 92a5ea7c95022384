package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Withholders of a recognition already read, named in an elliptical clause or sentence: ", and neither does B",
 * ", and B has not either" after the trigger, "Nor does Bhutan." or "Bhutan has not either." as the next sentence, and
 * "The others are A, B and C" after "X is one of four states that have not recognised T".
 */
final class RecognitionEllipsis {

    /** Auxiliaries of an elliptical clause: ", and neither does B", ", nor has B", "B has not either". */
    static final Set<String> ELLIPSIS_AUX = Set.of("does", "do", "did", "has", "have", "had");
    /** "The others are ...", "the other three are", "the remaining two were": the rest of a counted group. */
    private static final Set<String> REST_HEADS = Set.of("others", "rest", "remainder");
    private static final Set<String> REST_ADJECTIVES = Set.of("other", "remaining");
    private static final Set<String> ARE_FORMS = Set.of("are", "were", "was", "is", "include", "included");
    private static final Set<String> COUNT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private final States states;
    private final RecognitionWithholders withholding;

    RecognitionEllipsis(States states, RecognitionWithholders withholding) {
        this.states = states;
        this.withholding = withholding;
    }

    /**
     * "The others are A, B and C" after "X is one of four states that have not recognised T": the rest of a counted
     * group of withholders, listed in the sentence after the one that named the group.
     */
    void restOfGroup(SentenceView v, List<Candidate> out, SentenceView prev) {
        Tokens tk = v.tk;
        int i = v.a + 1;
        if (REST_HEADS.contains(v.w(i))) {
            i++;
        } else if (REST_ADJECTIVES.contains(v.w(i))) {
            i++;
            int h = i;
            if (tk.isNumber(i) || COUNT_WORDS.contains(v.w(i))) {
                i++;
            }
            while (i < h + 3 && RecognitionWithholders.QUANTIFIED_HEADS.contains(v.w(i))) {
                i++;
            }
            if (i == h) {
                return; // "the other side"
            }
        } else {
            return;
        }
        if (!ARE_FORMS.contains(v.w(i))) {
            return;
        }
        List<Actor> rest = new ArrayList<>();
        if (withholding.stateList(v, "the".equals(v.w(i + 1)) ? i + 2 : i + 1, rest) < 0) {
            return;
        }
        boolean group = false;
        for (int k = prev.a; k < prev.b; k++) {
            group |= "among".equals(prev.w(k)) || "one".equals(prev.w(k)) && "of".equals(prev.w(k + 1));
        }
        if (!group) {
            return;
        }
        withholdSame(v, out, rest);
    }

    /** Each of {@code more} withholds, in sentence {@code v}, what was withheld in the sentence before. */
    private static void withholdSame(SentenceView v, List<Candidate> out, List<Actor> more) {
        int n = out.size();
        Set<String> have = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Candidate c = out.get(i);
            if (Candidate.RECOGNITION.equals(c.type) && c.sentenceIndex == v.index) {
                have.add(c.actorSetKey());
            }
        }
        for (int i = 0; i < n; i++) {
            Candidate c = out.get(i);
            if (!Candidate.RECOGNITION.equals(c.type) || c.sentenceIndex != v.index - 1) {
                continue;
            }
            for (Actor wh : more) {
                if (wh.key().equals(c.target.key()) || wh.key().equals(c.withholder.key())
                        || !have.add(wh.key() + ">" + c.target.key())) {
                    continue;
                }
                Candidate d = new Candidate(Candidate.RECOGNITION, v.sentence, v.index);
                d.withholder = wh;
                d.target = c.target;
                d.confidence = c.confidence;
                out.add(d);
            }
        }
    }

    /**
     * "Nor does Bhutan." or "Bhutan has not either." after "India does not recognise Taiwan.": the states of such an
     * elliptical sentence withhold the recognitions read in the sentence before.
     */
    void elliptical(SentenceView v, List<Candidate> out) {
        Tokens tk = v.tk;
        boolean nor = ("nor".equals(tk.norm(v.a)) || "neither".equals(tk.norm(v.a)))
                && ELLIPSIS_AUX.contains(tk.norm(v.a + 1));
        int s = nor ? v.a + 2 : v.a;
        s = "the".equals(tk.norm(s)) ? s + 1 : s;
        List<Actor> more = new ArrayList<>();
        int e = withholding.stateList(v, s, more);
        if (e < 0) {
            return;
        }
        String next = tk.norm(e);
        if (nor && !(",".equals(next) || ".".equals(next) || "either".equals(next) || ";".equals(next) || e >= v.b)) {
            return; // "Nor did Bhutan sign ...": a clause of its own
        }
        if (!nor && !(ELLIPSIS_AUX.contains(next) && ("not".equals(tk.norm(e + 1)) || "n't".equals(tk.norm(e + 1)))
                && "either".equals(tk.norm(e + 2)) && e + 3 >= v.b - 1)) {
            return; // only "Djibouti has not either."
        }
        withholdSame(v, out, more);
    }

    /**
     * States of an elliptical clause after the trigger at {@code t} that withhold the same recognition: ", and
     * neither does B", ", nor have B and C", ", and B has not either". Stops at the next recognition word.
     */
    void alsoWithholding(SentenceView v, int t, List<Actor> withholders) {
        Tokens tk = v.tk;
        int k = 0;
        while (k < v.acts.size() && v.acts.get(k).s() <= t) {
            k++;
        }
        for (int i = t + 1; i < v.b; i++) {
            String x = tk.norm(i);
            if (Lexicon.RECOGNISE.contains(x) || RecognitionRules.ACCEPT.contains(x)
                    || RecognitionRules.REJECT.contains(x)) {
                return;
            }
            while (k < v.acts.size() && v.acts.get(k).s() < i) {
                k++;
            }
            int a = i + 1;
            if ("so".equals(x) || "as".equals(x)) {
                while (a < i + 5 && (",".equals(tk.norm(a)) || tk.norm(a).endsWith("ly"))) {
                    a++; // "and so, formally, did B"
                }
            }
            boolean also = "neither".equals(x) || "nor".equals(x)
                    || ("so".equals(x) || "as".equals(x)) && i > t + 1 && (",".equals(tk.norm(i - 1))
                    || "and".equals(tk.norm(i - 1)));
            if (also && ELLIPSIS_AUX.contains(tk.norm(a))) {
                int s = "the".equals(tk.norm(a + 1)) ? a + 2 : a + 1;
                int last = -1;
                for (int j = k; j < v.acts.size(); j++) {
                    Act ac = v.acts.get(j);
                    if (ac.ref() || states.stateOf(ac.actor()) == null) {
                        break;
                    }
                    if (last < 0 ? ac.s() != s : !Clauses.listConnected(v, v.acts.get(last), ac)) {
                        break;
                    }
                    last = j;
                }
                if (last >= 0 && !Lexicon.RECOGNISE.contains(tk.norm(v.acts.get(last).e()))) {
                    for (int j = k; j <= last; j++) {
                        withholding.addWithholder(withholders, v.acts.get(j));
                    }
                }
            }
            if (k < v.acts.size() && v.acts.get(k).s() == i && !v.acts.get(k).ref()
                    && ("and".equals(tk.norm(i - 1)) || ",".equals(tk.norm(i - 1)) || "but".equals(tk.norm(i - 1)))) {
                // ", and Turkey has not either", "and Turkey hasn't either"
                Act ac = v.acts.get(k);
                int e = ac.e();
                String aux = tk.norm(e);
                boolean neg = ELLIPSIS_AUX.contains(aux)
                        && ("not".equals(tk.norm(e + 1)) || "n't".equals(tk.norm(e + 1)))
                        && "either".equals(tk.norm(e + 2))
                        || aux.endsWith("n't") && "either".equals(tk.norm(e + 1));
                if (neg) {
                    withholding.addWithholder(withholders, ac);
                }
            }
        }
    }
}
