package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.dates.DateParser;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.gazetteer.Gazetteer;
import io.newsevents.extractor.gazetteer.Mention;
import io.newsevents.extractor.money.MoneyParser;
import io.newsevents.extractor.money.MoneyParser.MoneyMention;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Sentence;
import io.newsevents.extractor.text.SentenceSplitter;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules: reads one article into candidates (one per mention of a fact), then merges mentions of one fact.
 * Thread-safe: all per-article state lives on the stack.
 * <p>
 * This class builds the sentence views (actors, with datelines and references such as "the two countries"
 * resolved; money; dates; exercise names) and sends each sentence to the rules: {@code DealRules},
 * {@code ExerciseRules} and {@code RecognitionRules} for prose, {@code TableRules} for tables. They share
 * {@code Clauses} (clause bounds and blocking checks), {@code Roles} (what part an actor plays), {@code States},
 * {@code ActorLists}, {@code CandidateFields} and the word lists of {@code Lexicon}; {@code Merger} merges the
 * candidates.
 */
public final class Engine {

    /** "The company signed ...": a head noun that stands for the one organization of the sentence before. */
    private static final Set<String> COMPANY_HEADS = Set.of("company", "firm", "group", "manufacturer", "contractor",
            "shipyard", "shipbuilder", "carmaker", "planemaker", "corporation", "conglomerate");
    /** "the two countries", "both sides", "the three Baltic states": heads of a reference to states named before. */
    private static final Set<String> REF_HEADS = Set.of("countries", "nations", "states", "sides", "parties",
            "presidents", "ministers", "leaders", "navies", "premiers", "delegations", "ministries",
            "neighbours", "neighbors", "governments", "militaries", "armies", "allies", "capitals", "republics",
            "partners", "rivals", "duo", "trio", "pair", "two", "three", "juntas", "regimes", "administrations");

    /** "the two had established", "the three also held": these right after "the two" make the number a subject. */
    private static final Set<String> VERBS_AFTER_THE_TWO = Set.of("had", "have", "has", "were", "are", "also", "signed",
            "held", "conducted", "inked", "did");
    /** "either territory", "both regions": heads of a reference to the two entities named before. */
    private static final Set<String> TERRITORY_HEADS = Set.of("territory", "territories", "region", "regions",
            "entity", "entities", "enclave", "enclaves");

    private final Gazetteer gazetteer;
    private final ExerciseNames exerciseNames;
    private final States states;
    private final ExerciseRules exercises;
    private final RecognitionRules recognitions;
    private final TableRules tables;

    public Engine(Gazetteer gazetteer, ExerciseNames exerciseNames) {
        this.gazetteer = gazetteer;
        this.exerciseNames = exerciseNames;
        this.states = new States(gazetteer);
        this.exercises = new ExerciseRules(states);
        this.recognitions = new RecognitionRules(states);
        this.tables = new TableRules(states, this::sentence);
    }

    /** All facts of one article, one candidate per fact, in order of first mention. */
    public List<Candidate> analyze(String text, LocalDate published) {
        Tokens tk = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(tk);
        // views are built in order, each after the facts of the sentences before it are read, so that "the two
        // countries" can name the parties of a fact just reported
        List<SentenceView> views = new ArrayList<>(sentences.size());
        List<Candidate> raw = new ArrayList<>();
        ArticleFocus focus = new ArticleFocus(states);
        NamedInText named = new NamedInText(gazetteer, tk);
        int i = 0;
        while (i < sentences.size()) {
            if (sentences.get(i).isTableRow()) {
                int j = i;
                while (j < sentences.size() && sentences.get(j).isTableRow()) {
                    views.add(view(tk, sentences.get(j), j, published, views, raw, named));
                    j++;
                }
                SentenceView caption = i > 0 ? views.get(i - 1) : null;
                tables.read(views.subList(i, j), caption, raw, views);
                i = j;
                continue;
            }
            views.add(view(tk, sentences.get(i), i, published, views, raw, named));
            int before = raw.size();
            sentence(views.get(i), null, raw, views);
            focus.count(views.get(i));
            focus.fill(views.get(i), i > 0 ? views.get(i - 1) : null, raw.subList(before, raw.size()));
            i++;
        }
        return Merger.merge(raw);
    }

    /** The facts of one sentence of prose (or a table row read as prose), with {@code fill} to fill in parties. */
    private void sentence(SentenceView v, List<Actor> fill, List<Candidate> out, List<SentenceView> views) {
        if (ExerciseRules.linkLine(v, views)) {
            return; // "Read more:" and its list: headlines of other articles, no facts of this one
        }
        if (v.question || v.b - v.a < 3) {
            if (!v.question) {
                exercises.listLine(v, out, views);
            }
            return;
        }
        if (!v.acts.isEmpty() || fill != null || !v.money.isEmpty()) {
            DealRules.find(v, fill, out);
        }
        exercises.find(v, fill, out, views);
        if (!v.acts.isEmpty()) {
            recognitions.find(v, out, views);
        }
    }

    /** Sentence s with its actors (datelines and references resolved), money, dates and exercise names. */
    private SentenceView view(Tokens tk, Sentence s, int index, LocalDate published, List<SentenceView> previous,
                              List<Candidate> facts, NamedInText named) {
        int a = s.tokStart();
        int b = s.tokEnd();
        boolean exWord = false;
        for (int t = a; t < b; t++) {
            String w = tk.norm(t);
            if (Lexicon.EXERCISE_NOUNS.contains(w) && !"war".equals(w) && !"game".equals(w) && !"games".equals(w)) {
                exWord = true;
                break;
            }
            if ("war".equals(w) && (tk.norm(t + 1).startsWith("game"))) {
                exWord = true;
                break;
            }
        }
        List<NameMention> names = exerciseNames.find(tk, a, b, exWord);
        List<Mention> mentions = gazetteer.find(tk, a, b, named::otherwise);
        List<Act> acts = new ArrayList<>(mentions.size() + 2);
        int dateline = datelineEnd(tk, a, b);
        Actor datelineState = null;
        for (Mention m : mentions) {
            if (m.tokEnd() <= dateline) {
                if (datelineState == null) {
                    datelineState = states.stateOf(m.actor());
                }
                continue; // "LIMA / QUITO - ...": where the story was filed, not who acted
            }
            boolean inName = false;
            for (NameMention n : names) {
                if (m.tokStart() < n.tokEnd() && m.tokEnd() > n.tokStart()) {
                    inName = true;
                    break;
                }
            }
            if (!inName) {
                acts.add(new Act(m.tokStart(), m.tokEnd(), m.actor(), m.place(), false));
            }
        }
        if (dateline >= 0 && datelineState == null) {
            // the gazetteer drops a lone dateline place ("OSLO - "); read it on its own
            for (Mention m : gazetteer.find(tk, a, dateline - 1)) {
                datelineState = states.stateOf(m.actor());
                if (datelineState != null) {
                    break;
                }
            }
        }
        if (datelineState != null) {
            bareMinistry(tk, dateline, b, acts, datelineState);
        }
        if (exWord) {
            names = namesBeforeExerciseWords(tk, a, b, acts, names);
        }
        UnlistedGroups.add(tk, a, b, acts);
        dropBracketedRepeats(tk, acts);
        resolveReferences(tk, a, b, acts, previous, facts, index, s.block());
        List<MoneyMention> money = MoneyParser.find(tk, a, b);
        if (!money.isEmpty()) {
            // "US$90 million", "90 million US dollars": the currency's country is no actor
            acts.removeIf(ac -> !ac.ref() && insideMoney(ac, money));
        }
        List<DateMention> dates = DateParser.find(tk, a, b, sameYear(tk, a, b, published, previous));
        return new SentenceView(tk, s, index, acts, money, dates, names);
    }

    private static boolean insideMoney(Act ac, List<MoneyMention> money) {
        for (MoneyMention m : money) {
            if (ac.s() >= m.tokStart() && ac.e() <= m.tokEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in September of the same year", "in December of that year": a month dated by the year of the last date read
     * before; the sentence is then read as if published at the end of that year. Otherwise {@code published}.
     */
    private static LocalDate sameYear(Tokens tk, int a, int b, LocalDate published, List<SentenceView> previous) {
        if (published == null) {
            return null;
        }
        boolean same = false;
        for (int i = a + 2; i < b - 1 && !same; i++) {
            if (!"year".equals(tk.norm(i + 1))) {
                continue;
            }
            String w = tk.norm(i);
            same = "same".equals(w) && "the".equals(tk.norm(i - 1)) && "of".equals(tk.norm(i - 2))
                    || "that".equals(w) && "of".equals(tk.norm(i - 1)); // "September of the same year"
        }
        for (int p = previous.size() - 1; same && p >= 0 && p >= previous.size() - 3; p--) {
            List<DateMention> ds = previous.get(p).dates;
            for (int k = ds.size() - 1; k >= 0; k--) {
                int y = DateParser.yearOf(ds.get(k).value());
                if (y > 0 && y < published.getYear()) {
                    return LocalDate.of(y, 12, 31);
                }
                if (y > 0) {
                    return published;
                }
            }
        }
        return published;
    }

    /**
     * "the National Liberation Army (ELN)", "Hindustan Aeronautics (HAL)": a short form in brackets right after a
     * name repeats that mention; it is dropped so that it takes no role of its own.
     */
    private static void dropBracketedRepeats(Tokens tk, List<Act> acts) {
        for (int k = acts.size() - 1; k > 0; k--) {
            Act prev = acts.get(k - 1);
            Act cur = acts.get(k);
            if (cur.key().equals(prev.key()) && cur.s() == prev.e() + 1 && "(".equals(tk.norm(prev.e()))
                    && ")".equals(tk.norm(cur.e()))) {
                acts.remove(k);
            }
        }
    }

    /**
     * "OSLO - The Ministry of Defence has signed ...": a defence ministry named without its state, right after a
     * dateline, is the dateline state's. Not when a demonym or a state comes with it ("the Indonesian defence
     * ministry", "the Ministry of Defence of Egypt").
     */
    private static void bareMinistry(Tokens tk, int from, int b, List<Act> acts, Actor state) {
        int i = from;
        if ("the".equals(tk.norm(i))) {
            i++;
        }
        int e = -1;
        String w = tk.norm(i);
        if ("ministry".equals(w) && "of".equals(tk.norm(i + 1))
                && ("defence".equals(tk.norm(i + 2)) || "defense".equals(tk.norm(i + 2)))) {
            e = i + 3;
        } else if (("defence".equals(w) || "defense".equals(w)) && "ministry".equals(tk.norm(i + 1))) {
            e = i + 2;
        }
        if (e < 0 || e > b || "of".equals(tk.norm(e)) || "production".equals(tk.norm(e))) {
            return;
        }
        for (Act ac : acts) {
            if (ac.s() < e && ac.e() > from) {
                return; // a mention already there ("the Indonesian defence ministry")
            }
        }
        int at = 0;
        while (at < acts.size() && acts.get(at).s() < i) {
            at++;
        }
        acts.add(at, new Act(i, e, state, false, false));
    }

    /**
     * End (exclusive) of a dateline at the start of a sentence: one or more all-capital place words, separated by
     * "/" or ",", then a spaced dash or a colon ("SUVA / PORT MORESBY - ", "NAIROBI: "); -1 when there is none.
     */
    static int datelineEnd(Tokens tk, int a, int b) {
        int caps = 0;
        for (int i = a; i < b && i < a + 16; i++) {
            String w = tk.norm(i);
            if (tk.isWord(i) && tk.allCaps(i)) {
                caps++;
            } else if ("/".equals(w) || ",".equals(w) && caps > 0) {
                continue;
            } else if (caps > 0 && ",".equals(tk.norm(i - 1)) && Lexicon.MONTHS.contains(w) && tk.isNumber(i + 1)) {
                i++; // "MOSCOW/TOKYO, July 20 - ...": the filing date belongs to the dateline
            } else if (caps > 0 && "(".equals(w)) {
                int close = i + 1;
                while (close < Math.min(b, i + 6) && !")".equals(tk.norm(close))) {
                    close++;
                }
                if (close >= Math.min(b, i + 6)) {
                    return -1;
                }
                i = close; // "ADDIS ABABA/MOGADISHU, Jan 5 (Wire) - ...": the agency belongs to the dateline
            } else if (caps > 0 && ",".equals(tk.norm(i - 1)) && tk.isNumber(i) && Lexicon.MONTHS.contains(tk.norm(i + 1))) {
                i++; // "ABU DHABI, UAE, 6 October 2025 - ...": a day-first filing date
                if (tk.isNumber(i + 1) && tk.norm(i + 1).length() == 4) {
                    i++;
                }
            } else if (caps > 0 && i + 1 < b && (":".equals(w)
                    || ("-".equals(w) || "\u2014".equals(w)) && tk.spaceBefore(i) && tk.spaceBefore(i + 1))) {
                return i + 1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the Al-Samsaam VIII exercise", "the Medusa drills", "their 25th X exercise": a capitalised run between "the"
     * (or an ordinal after a determiner) and an exercise word.
     */
    private static List<NameMention> namesBeforeExerciseWords(Tokens tk, int a, int b, List<Act> acts,
                                                               List<NameMention> names) {
        List<NameMention> out = null;
        for (int i = a + 2; i < b; i++) {
            String w = tk.norm(i);
            if (!Lexicon.EXERCISE_NOUNS.contains(w) || "war".equals(w) || "game".equals(w) || "games".equals(w)) {
                continue;
            }
            int p = i;
            while (p - 1 > a && p > i - 5 && (tk.isWord(p - 1) && tk.capitalised(p - 1) || tk.isNumber(p - 1)
                    || "-".equals(tk.norm(p - 1)))) {
                p--;
            }
            if (p == i || !("the".equals(tk.norm(p - 1)) || ExerciseNames.ordinalOpener(tk, p - 1)) || !tk.isWord(p)
                    || !tk.capitalised(p)) {
                continue;
            }
            boolean clash = false;
            for (Act ac : acts) {
                if (ac.s() < i && ac.e() > p) {
                    clash = true;
                }
            }
            for (NameMention n : names) {
                if (n.tokStart() < i && n.tokEnd() > p) {
                    clash = true;
                }
            }
            if (clash) {
                continue;
            }
            int year = -1;
            if (tk.isNumber(i - 1) && tk.norm(i - 1).length() == 4 && tk.norm(i - 1).chars().allMatch(Character::isDigit)) {
                year = Integer.parseInt(tk.norm(i - 1));
            }
            if (out == null) {
                out = new ArrayList<>(names);
            }
            out.add(new NameMention(p, i, tk.cleanSpan(p, i), year));
        }
        return out == null ? names : out;
    }

    /**
     * "either territory", "both regions", "the two breakaway regions": the two entities without a seat of their own
     * (kind other) named just before, in this sentence or the one before.
     */
    private static void territories(Tokens tk, int a, int b, List<Act> acts, List<SentenceView> previous) {
        for (int t = a; t + 1 < b; t++) {
            String w = tk.norm(t);
            int j = t + 1;
            if ("the".equals(w) && "two".equals(tk.norm(j))) {
                j++;
            } else if (!"either".equals(w) && !"both".equals(w)) {
                continue;
            }
            if ("breakaway".equals(tk.norm(j)) || "separatist".equals(tk.norm(j)) || "disputed".equals(tk.norm(j))) {
                j++;
            }
            if (j >= b || !TERRITORY_HEADS.contains(tk.norm(j)) || "of".equals(tk.norm(j + 1))) {
                continue;
            }
            List<Actor> found = new ArrayList<>();
            for (int k = acts.size() - 1; k >= 0 && found.size() < 3; k--) {
                Act ac = acts.get(k);
                if (ac.e() <= t && Actor.OTHER.equals(ac.actor().kind()) && ac.actor().iso3() == null) {
                    ActorLists.addUnique(found, ac.actor());
                }
            }
            for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 2) && found.isEmpty(); p--) {
                List<Act> pa = previous.get(p).acts;
                for (int k = pa.size() - 1; k >= 0; k--) {
                    if (Actor.OTHER.equals(pa.get(k).actor().kind()) && pa.get(k).actor().iso3() == null) {
                        ActorLists.addUnique(found, pa.get(k).actor());
                    }
                }
            }
            if (found.size() != 2) {
                return;
            }
            for (Actor f : found) {
                acts.add(new Act(t, j + 1, f, false, true));
            }
            acts.sort((p, q) -> Integer.compare(p.s(), q.s()));
            return;
        }
    }

    /** "the two countries", "both sides", "the parties": the states just named, here or in the sentences before. */
    private void resolveReferences(Tokens tk, int a, int b, List<Act> acts, List<SentenceView> previous,
                                   List<Candidate> facts, int index, int block) {
        if (b - a > 2 && "they".equals(tk.norm(a)) && tk.capitalised(a)) {
            // a sentence that opens with "They" goes on about the states of the sentence before
            List<Actor> found = List.of();
            for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 1) && found.size() < 2; p--) {
                found = states.partiesIn(previous.get(p).acts, 0);
            }
            if (found.size() >= 2) {
                for (Actor f : found) {
                    acts.add(new Act(a, a + 1, f, false, true));
                }
                acts.sort((p, q) -> Integer.compare(p.s(), q.s()));
            }
        }
        subjectPronoun(tk, a, b, acts, previous);
        passiveGoods(tk, a, b, acts, previous);
        territories(tk, a, b, acts, previous);
        if (b - a > 3 && "the".equals(tk.norm(a)) && COMPANY_HEADS.contains(tk.norm(a + 1)) && !previous.isEmpty()) {
            // "The company signed ...": the one organization named in the sentence before
            Actor org = null;
            boolean ambiguous = false;
            for (Act ac : previous.get(previous.size() - 1).acts) {
                if (Actor.ORGANIZATION.equals(ac.actor().kind()) && !ac.ref()) {
                    if (org != null && !org.key().equals(ac.actor().key())) {
                        ambiguous = true;
                    }
                    org = ac.actor();
                }
            }
            boolean overlap = false;
            for (Act ac : acts) {
                if (ac.s() < a + 2) {
                    overlap = true;
                }
            }
            if (org != null && !ambiguous && !overlap) {
                acts.add(0, new Act(a, a + 2, org, false, true));
            }
        }
        for (int t = a; t < b; t++) {
            String w = tk.norm(t);
            if (!"the".equals(w) && !"both".equals(w)) {
                continue;
            }
            int n = "both".equals(w) ? 2 : 0;
            int j = t + 1;
            String x = tk.norm(j);
            if ("two".equals(x)) {
                n = 2;
                j++;
            } else if ("three".equals(x)) {
                n = 3;
                j++;
            }
            if (n > 0 && j + 1 < b && tk.isWord(j) && !REF_HEADS.contains(tk.norm(j)) && REF_HEADS.contains(tk.norm(j + 1))) {
                j++; // "the two defence ministers", "the three Baltic states"
            }
            if (j > b) {
                continue;
            }
            String head = j < b ? tk.norm(j) : "";
            int end;
            if (REF_HEADS.contains(head) && !"two".equals(head) && !"three".equals(head)) {
                end = j + 1;
                if ("duo".equals(head) || "pair".equals(head)) {
                    n = 2;
                } else if ("trio".equals(head)) {
                    n = 3;
                }
                if (n == 0 && t == a && LEADER_HEADS.contains(head)) {
                    // "The leaders also signed ...": sentence-initial, only the parties of a fact just reported
                    List<Actor> group = recentGroup(facts, index, 0, 2);
                    for (Actor f : group) {
                        acts.add(new Act(t, end, f, false, true));
                    }
                    acts.sort((p, q) -> Integer.compare(p.s(), q.s()));
                    t = end - 1;
                    continue;
                }
                if (n == 0 && !"countries".equals(head) && !"parties".equals(head) && !"nations".equals(head)
                        && !"states".equals(head) && !"duo".equals(head) && !"trio".equals(head) && !"sides".equals(head)) {
                    continue;
                }
                // "the parties to the conflict" is fine; "the states of Central Asia" is not a reference
                if ("of".equals(tk.norm(end)) || "in".equals(tk.norm(end)) && "states".equals(head)) {
                    continue;
                }
                if (j > t + 1 && "both".equals(w) && "states".equals(head) && n == 2) {
                    // "both states" ok
                }
            } else if (n > 0 && j == t + 2 && ("two".equals(x) || "three".equals(x)) && !tk.isWord(j) || n > 0
                    && j == t + 2 && tk.isWord(j) && VERBS_AFTER_THE_TWO.contains(tk.norm(j))) {
                end = t + 2; // "the two had established ..."
            } else {
                continue;
            }
            // the numbered word "both" alone before a name is not a reference ("both Uzbekistan and Turkmenistan")
            if ("both".equals(w) && n == 2 && end == t + 1) {
                continue;
            }
            // skip if an actor overlaps
            boolean overlap = false;
            for (Act ac : acts) {
                if (ac.s() < end && ac.e() > t) {
                    overlap = true;
                }
            }
            if (overlap) {
                continue;
            }
            // the states named before it in the sentence; else the parties of a fact just reported; else a sentence
            // just before that names exactly that many states; else the latest fact of that size in the article;
            // else the first states of a sentence just before
            // "the two countries" are states; "the two sides", "the three" may be movements or breakaway entities too
            boolean statesOnly = STATE_HEADS.contains(head);
            List<Actor> found = statesBefore(tk, acts, t, n, statesOnly);
            if (found.size() < 2 && n > 0 && !previous.isEmpty() && !factIn(facts, index - 1)) {
                // the sentence just before, in the same paragraph, names exactly that many (its subject's aside left
                // out) and reports no fact: it, not an older fact, is what "the two countries" points back to
                SentenceView last = previous.get(previous.size() - 1);
                List<Act> outside = outsideSubjectAside(last);
                List<Actor> named = named(outside == null ? last.acts : outside, 0, statesOnly);
                if (named.size() == n && last.index == index - 1 && last.sentence.block() == block) {
                    found = named;
                }
            }
            if (found.size() < 2) {
                found = recentGroup(facts, index, n, 3);
            }
            for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 3) && found.size() < 2; p--) {
                List<Actor> named = named(previous.get(p).acts, 0, statesOnly);
                if (n > 0 ? named.size() == n : named.size() >= 2) {
                    found = named;
                }
            }
            if (found.size() < 2 && n > 0) {
                found = recentGroup(facts, index, n, 12);
            }
            for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 3) && found.size() < 2 && n > 0; p--) {
                found = listOf(previous.get(p), n, statesOnly); // "the soldiers who run Mali, Burkina Faso and Niger"
            }
            for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 3) && found.size() < 2; p--) {
                found = named(previous.get(p).acts, n, statesOnly);
            }
            if (found.size() >= 2) {
                for (Actor f : found) {
                    acts.add(new Act(t, end, f, false, true));
                }
                acts.sort((p, q) -> Integer.compare(p.s(), q.s()));
            }
            t = end - 1;
        }
    }

    /** Words that open an aside after a sentence's first name: "Cyprus, with ..., has relied on France". */
    private static final Set<String> SUBJECT_ASIDE_OPENERS = Set.of("with", "despite", "unlike", "like", "whose",
            "which", "who", "although", "though", "once", "long");

    /**
     * The acts of a sentence that opens with a name followed by an aside between commas, without the acts inside the
     * aside; null when the sentence has no such aside.
     */
    private static List<Act> outsideSubjectAside(SentenceView v) {
        if (v.acts.isEmpty()) {
            return null;
        }
        Act first = v.acts.get(0);
        int open = first.e();
        if (first.s() > v.a + 1 || !",".equals(v.w(open)) || !SUBJECT_ASIDE_OPENERS.contains(v.w(open + 1))) {
            return null;
        }
        int close = -1;
        for (int i = open + 2; i < v.b; i++) {
            if (",".equals(v.w(i))) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        List<Act> out = new ArrayList<>();
        for (Act ac : v.acts) {
            if (ac.e() <= open || ac.s() > close) {
                out.add(ac);
            }
        }
        return out;
    }

    /** Unnumbered heads that refer back only at the start of a sentence right after a fact ("The leaders also"). */
    private static final Set<String> LEADER_HEADS = Set.of("leaders", "presidents", "premiers");
    /** Heads of a reference that can only mean states ("the two countries"), not movements or militias. */
    private static final Set<String> STATE_HEADS = Set.of("countries", "nations", "states", "republics", "capitals",
            "neighbours", "neighbors", "governments", "kingdoms");
    /** Openers that stand for the subject of the sentence before: "It then signed ...", "The country also bought". */
    private static final Set<String> SUBJECT_NOUNS = Set.of("country", "kingdom", "government", "republic",
            "emirate", "sultanate");
    /** Between "It" and the verb: adverbs and auxiliaries ("It has since signed", "It then ordered"). */
    private static final Set<String> PRONOUN_GLUE = Set.of("then", "also", "later", "subsequently", "since", "has",
            "had", "recently", "further", "additionally", "in", "turn", "too", "again", "eventually", "finally", ",");

    /**
     * "It then signed a deal with X", "The country also ordered ...": a sentence that opens with "It" or "The country"
     * and goes straight on to a deal or exercise verb continues with the subject of the sentence before, when that
     * sentence opens with a single state or organization.
     */
    /** After "a" at the start, more goods of the same buyer: "A further six jets were ordered from X". */
    private static final Set<String> MORE_GOODS = Set.of("further", "second", "third", "fourth", "new", "follow-on");
    /** Participles of a purchase in the passive: "The ships were ordered from X". */
    private static final Set<String> BOUGHT = Set.of("ordered", "bought", "purchased", "acquired", "procured");

    /**
     * "The Senegalese Navy commissioned its third patrol vessel. The three ships were ordered from X in 2019": a
     * sentence that opens with unowned goods bought in the passive from a seller, with no agent ("by"); the buyer is
     * the one subject that opened the sentence before (not of the seller's state).
     */
    private void passiveGoods(Tokens tk, int a, int b, List<Act> acts, List<SentenceView> previous) {
        String first = tk.norm(a);
        boolean more = "a".equals(first) && MORE_GOODS.contains(tk.norm(a + 1));
        if (previous.isEmpty() || b - a < 6 || !"the".equals(first) && !"another".equals(first) && !more) {
            return;
        }
        int j = a + 1;
        while (j < a + 6 && j < b && !Lexicon.ARMS_WORDS.contains(tk.norm(j))
                && (tk.isNumber(j) || tk.isWord(j) && !tk.capitalised(j) || "-".equals(tk.norm(j)))) {
            j++;
        }
        while (j + 1 < b && Lexicon.ARMS_WORDS.contains(tk.norm(j + 1))) {
            j++; // "the patrol vessels", "the air defence systems"
        }
        if (j + 3 >= b || !Lexicon.ARMS_WORDS.contains(tk.norm(j)) || !"were".equals(tk.norm(j + 1))
                && !"was".equals(tk.norm(j + 1)) || !BOUGHT.contains(tk.norm(j + 2)) || !"from".equals(tk.norm(j + 3))) {
            return;
        }
        for (int i = j + 3; i < b; i++) {
            if ("by".equals(tk.norm(i))) {
                return; // an agent of its own: "were ordered from X by Y"
            }
        }
        Set<String> sellers = new HashSet<>();
        for (Act ac : acts) {
            if (ac.s() <= j) {
                return; // "the Indian jets": the goods have an owner in the sentence
            }
            sellers.add(ac.actor().iso3() == null ? ac.key() : ac.actor().iso3());
        }
        SentenceView before = previous.get(previous.size() - 1);
        if (before.acts.isEmpty() || sellers.isEmpty()) {
            return;
        }
        int open = before.a;
        for (int i = before.a + 1; i < before.a + 4 && i < before.b; i++) {
            String w = tk.norm(i);
            if ("—".equals(w) || "–".equals(w)) {
                open = i + 1; // "DAKAR — The Senegalese Navy commissioned ...": the dateline is no subject
                break;
            }
        }
        Act subject = null;
        for (Act ac : before.acts) {
            if (ac.s() >= open) {
                subject = ac;
                break;
            }
        }
        if (subject == null || subject.s() > open + 2 || subject.actor().iso3() == null || sellers.contains(subject.actor().iso3())) {
            return;
        }
        for (Act ac : before.acts) {
            if (ac.s() >= open && ac.s() < subject.e() + 3 && ac != subject && !ac.key().equals(subject.key())) {
                return;
            }
        }
        acts.add(0, new Act(a, j + 1, subject.actor(), false, true));
    }

    private void subjectPronoun(Tokens tk, int a, int b, List<Act> acts, List<SentenceView> previous) {
        if (previous.isEmpty() || b - a < 4) {
            return;
        }
        int end;
        if ("it".equals(tk.norm(a)) && tk.capitalised(a)) {
            end = a + 1;
        } else if ("the".equals(tk.norm(a)) && SUBJECT_NOUNS.contains(tk.norm(a + 1))) {
            end = a + 2;
        } else {
            return;
        }
        for (Act ac : acts) {
            if (ac.s() < end) {
                return;
            }
        }
        int v = end;
        while (v < b && v < end + 4 && PRONOUN_GLUE.contains(tk.norm(v))) {
            v++;
        }
        String verb = tk.norm(v);
        if (!Lexicon.DEAL_VERBS.contains(verb) && !Lexicon.EXERCISE_VERBS.contains(verb)
                && !Lexicon.WIN_VERBS.contains(verb)) {
            return;
        }
        SentenceView before = previous.get(previous.size() - 1);
        if (before.acts.isEmpty()) {
            return;
        }
        Act subject = before.acts.get(0);
        if (subject.s() > before.a + 2) {
            return;
        }
        for (Act ac : before.acts) {
            if (ac.s() < subject.e() + 3 && ac != subject && !ac.key().equals(subject.key())) {
                return; // "India and France ..." before "It": no single subject
            }
        }
        acts.add(0, new Act(a, end, subject.actor(), false, true));
    }

    /**
     * The actors of the latest deal or exercise read from the {@code back} sentences before sentence {@code index},
     * when it has exactly {@code n} of them ({@code n = 0}: two or more): "the two sides" names the parties just
     * reported, not whichever states the sentence before happened to mention first.
     */
    private static boolean factIn(List<Candidate> facts, int sentenceIndex) {
        for (int k = facts.size() - 1; k >= 0 && facts.get(k).sentenceIndex >= sentenceIndex; k--) {
            if (facts.get(k).sentenceIndex == sentenceIndex) {
                return true;
            }
        }
        return false;
    }

    private static List<Actor> recentGroup(List<Candidate> facts, int index, int n, int back) {
        for (int k = facts.size() - 1; k >= 0; k--) {
            Candidate c = facts.get(k);
            if (c.sentenceIndex < index - back) {
                break;
            }
            if (c.sentenceIndex >= index || Candidate.RECOGNITION.equals(c.type) || c.valueOnly
                    || c.sentence != null && c.sentence.isTableRow()) {
                continue; // a table row is no antecedent of "the two navies" in the prose after it
            }
            int size = ActorLists.distinctKeys(c.actors);
            if (n > 0 ? size == n : size >= 2) {
                return new ArrayList<>(c.actors);
            }
        }
        return List.of();
    }

    /** The parties of the first list of exactly {@code n} names in a sentence ("Mali, Burkina Faso and Niger"). */
    private List<Actor> listOf(SentenceView v, int n, boolean statesOnly) {
        List<Act> acts = v.acts;
        int k = 0;
        while (k < acts.size()) {
            int j = k;
            while (j + 1 < acts.size() && Clauses.listConnected(v, acts.get(j), acts.get(j + 1))) {
                j++;
            }
            List<Actor> run = named(acts.subList(k, j + 1), 0, statesOnly);
            if (run.size() == n) {
                return run;
            }
            k = j + 1;
        }
        return List.of();
    }

    /** The states the acts stand for, or with {@code statesOnly} false also entities without a state. */
    private List<Actor> named(List<Act> acts, int n, boolean statesOnly) {
        return statesOnly ? states.statesIn(acts, n) : states.partiesIn(acts, n);
    }

    private List<Actor> statesBefore(Tokens tk, List<Act> acts, int before, int n, boolean statesOnly) {
        List<Act> pre = new ArrayList<>();
        for (Act ac : acts) {
            if (ac.place() && Lexicon.PLACE_PREPOSITIONS.contains(tk.norm(ac.s() - 1))) {
                continue; // "met Xi in Busan, where the two leaders agreed": the venue is not one of the two
            }
            if (ac.e() <= before) {
                pre.add(ac);
            }
        }
        List<Actor> all = named(pre, 0, statesOnly);
        if (n > 0 && all.size() > n) {
            return all.subList(all.size() - n, all.size());
        }
        return all;
    }
}
