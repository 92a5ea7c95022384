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
import java.util.List;
import java.util.Set;

/**
 * The rules: reads one article into candidates (one per mention of a fact), then merges mentions of one fact.
 * Thread-safe: all per-article state lives on the stack.
 */
public final class Engine {

    private static final Set<String> COMPANY_HEADS = Set.of("company", "firm", "group", "manufacturer", "contractor",
            "shipyard", "shipbuilder", "carmaker", "planemaker", "corporation", "conglomerate");
    private static final Set<String> REF_HEADS = Set.of("countries", "nations", "states", "sides", "parties",
            "presidents", "ministers", "leaders", "navies", "premiers", "delegations",
            "neighbours", "neighbors", "governments", "militaries", "armies", "allies", "capitals", "republics",
            "partners", "rivals", "duo", "trio", "pair", "two", "three");

    /** "the two had established", "the three also held": these right after "the two" make the number a subject. */
    private static final Set<String> VERBS_AFTER_THE_TWO = Set.of("had", "have", "has", "were", "are", "also", "signed",
            "held", "conducted", "inked", "did");
    /** Status words in a table row that say the deal is not concluded. */
    private static final Set<String> TABLE_NOT_DONE = Set.of("negotiation", "negotiations", "negotiating", "talks",
            "planned", "proposed", "pending", "expected", "discussion", "discussions", "considering", "considered",
            "tender", "requested", "offered", "prospective", "potential", "possible", "awaiting", "draft",
            "tentative", "evaluation", "evaluating", "competition", "shortlisted", "mooted");
    /** Heads of a deal table that name who took part, not what was bought. */
    private static final Set<String> TABLE_ROLE_HEADS = Set.of("buyer", "seller", "supplier", "recipient", "customer",
            "importer", "exporter", "purchaser");
    private static final Set<String> TABLE_ITEM_HEADS = Set.of("system", "systems", "item", "items", "equipment",
            "platform", "platforms", "weapon", "weapons", "goods", "product", "products", "type", "model");
    private static final Set<String> DEAL_TABLE_HEADS = Set.of("deal", "deals", "contract", "contracts", "agreement",
            "agreements", "buyer", "seller", "supplier", "recipient", "customer", "importer", "exporter", "purchaser",
            "order", "orders", "purchase", "purchases", "procurement", "acquisition", "acquisitions");

    private final Gazetteer gazetteer;
    private final ExerciseNames exerciseNames;
    private final States states;
    private final ExerciseRules exercises;
    private final RecognitionRules recognitions;

    public Engine(Gazetteer gazetteer, ExerciseNames exerciseNames) {
        this.gazetteer = gazetteer;
        this.states = new States(gazetteer);
        this.exercises = new ExerciseRules(states);
        this.recognitions = new RecognitionRules(states);
        this.exerciseNames = exerciseNames;
    }

    /** All facts of one article, one candidate per fact, in order of first mention. */
    public List<Candidate> analyze(String text, LocalDate published) {
        Tokens tk = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(tk);
        List<SentenceView> views = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            views.add(view(tk, sentences.get(i), i, published, views));
        }
        List<Candidate> raw = new ArrayList<>();
        int i = 0;
        while (i < views.size()) {
            SentenceView v = views.get(i);
            if (v.sentence.isTableRow()) {
                int j = i;
                while (j < views.size() && views.get(j).sentence.isTableRow()) {
                    j++;
                }
                SentenceView caption = i > 0 ? views.get(i - 1) : null;
                table(views.subList(i, j), caption, raw, views);
                i = j;
                continue;
            }
            sentence(v, null, raw, views);
            i++;
        }
        return Merger.merge(raw);
    }

    // ------------------------------------------------------------------ sentence views

    private SentenceView view(Tokens tk, Sentence s, int index, LocalDate published, List<SentenceView> previous) {
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
        List<Mention> mentions = gazetteer.find(tk, a, b);
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
        resolveReferences(tk, a, b, acts, previous);
        List<MoneyMention> money = MoneyParser.find(tk, a, b);
        List<DateMention> dates = DateParser.find(tk, a, b, published);
        return new SentenceView(tk, s, index, acts, money, dates, names);
    }

    /**
     * End (exclusive) of a dateline at the start of a sentence: one or more all-capital place words, separated by
     * "/" or ",", then a spaced dash or a colon ("SUVA / PORT MORESBY - ", "NAIROBI: "); -1 when there is none.
     */
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

    private static final Set<String> DATELINE_MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    static int datelineEnd(Tokens tk, int a, int b) {
        int caps = 0;
        for (int i = a; i < b && i < a + 10; i++) {
            String w = tk.norm(i);
            if (tk.isWord(i) && tk.allCaps(i)) {
                caps++;
            } else if ("/".equals(w) || ",".equals(w) && caps > 0) {
                continue;
            } else if (caps > 0 && ",".equals(tk.norm(i - 1)) && DATELINE_MONTHS.contains(w) && tk.isNumber(i + 1)) {
                i++; // "MOSCOW/TOKYO, July 20 - ...": the filing date belongs to the dateline
            } else if (caps > 0 && i + 1 < b && (":".equals(w)
                    || ("-".equals(w) || "\u2014".equals(w)) && tk.spaceBefore(i) && tk.spaceBefore(i + 1))) {
                return i + 1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** "the Al-Samsaam VIII exercise", "the Medusa drills": a capitalised run between "the" and an exercise word. */
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
            if (p == i || !"the".equals(tk.norm(p - 1)) || !tk.isWord(p) || !tk.capitalised(p)) {
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

    /** "the two countries", "both sides", "the parties": the states just named, here or in the sentences before. */
    private static final Set<String> TERRITORY_HEADS = Set.of("territory", "territories", "region", "regions",
            "entity", "entities", "enclave", "enclaves");

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

    private void resolveReferences(Tokens tk, int a, int b, List<Act> acts, List<SentenceView> previous) {
        if (b - a > 2 && "they".equals(tk.norm(a)) && tk.capitalised(a)) {
            // a sentence that opens with "They" goes on about the states of the sentence before
            List<Actor> found = List.of();
            for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 1) && found.size() < 2; p--) {
                found = states.statesIn(previous.get(p).acts, 0);
            }
            if (found.size() >= 2) {
                for (Actor f : found) {
                    acts.add(new Act(a, a + 1, f, false, true));
                }
                acts.sort((p, q) -> Integer.compare(p.s(), q.s()));
            }
        }
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
            List<Actor> found = statesBefore(acts, t, n);
            if (found.size() < 2) {
                for (int p = previous.size() - 1; p >= Math.max(0, previous.size() - 3) && found.size() < 2; p--) {
                    found = states.statesIn(previous.get(p).acts, n);
                }
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

    private List<Actor> statesBefore(List<Act> acts, int before, int n) {
        List<Act> pre = new ArrayList<>();
        for (Act ac : acts) {
            if (ac.e() <= before) {
                pre.add(ac);
            }
        }
        List<Actor> all = states.statesIn(pre, 0);
        if (n > 0 && all.size() > n) {
            return all.subList(all.size() - n, all.size());
        }
        return all;
    }

    // ------------------------------------------------------------------ one sentence

    private void sentence(SentenceView v, List<Actor> fill, List<Candidate> out, List<SentenceView> views) {
        if (v.question || v.b - v.a < 3) {
            return;
        }
        if (!v.acts.isEmpty() || fill != null || !v.money.isEmpty()) {
            DealRules.find(v, fill, out);
        }
        exercises.find(v, fill, out);
        if (!v.acts.isEmpty()) {
            recognitions.find(v, out, views);
        }
    }

    // ------------------------------------------------------------------ tables

    private void table(List<SentenceView> rows, SentenceView caption, List<Candidate> out, List<SentenceView> views) {
        if (rows.isEmpty()) {
            return;
        }
        SentenceView header = rows.get(0);
        List<int[]> hcells = cells(header);
        boolean dealTable = false;
        int itemCol = -1;
        int yearCol = -1;
        List<List<Actor>> colActors = new ArrayList<>();
        int compareCols = 0;
        for (int c = 0; c < hcells.size(); c++) {
            int[] cell = hcells.get(c);
            List<Actor> acts = new ArrayList<>();
            for (Act ac : header.acts) {
                if (ac.s() >= cell[0] && ac.e() <= cell[1]) {
                    Actor s = states.stateOf(ac.actor());
                    ActorLists.addUnique(acts, s != null ? s : ac.actor());
                }
            }
            colActors.add(acts);
            if (c > 0 && ActorLists.distinctKeys(acts) >= 2) {
                compareCols++;
            }
            for (int i = cell[0]; i < cell[1]; i++) {
                String w = header.tk.norm(i);
                if (DEAL_TABLE_HEADS.contains(w)) {
                    dealTable = true;
                    if (itemCol < 0 && !TABLE_ROLE_HEADS.contains(w)) {
                        itemCol = c; // "Deal", "System": the column that names what was bought
                    }
                }
                if (itemCol < 0 && TABLE_ITEM_HEADS.contains(w)) {
                    itemCol = c;
                }
                if ("year".equals(w) || "date".equals(w)) {
                    yearCol = c;
                }
            }
        }
        List<Actor> captionStates = new ArrayList<>();
        if (caption != null) {
            for (Act ac : caption.acts) {
                Actor s = states.stateOf(ac.actor());
                if (s != null) {
                    ActorLists.addUnique(captionStates, s);
                }
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            SentenceView row = rows.get(r);
            List<int[]> rc = cells(row);
            if (rc.isEmpty()) {
                continue;
            }
            if (dealTable) {
                tableDeal(row, rc, itemCol, captionStates, out);
            } else if (compareCols >= 2) {
                for (int c = 1; c < rc.size() && c < colActors.size(); c++) {
                    compareCell(row, rc.get(0), rc.get(c), colActors.get(c), out);
                }
            } else {
                sentence(row, captionStates.size() >= 2 ? captionStates : null, out, views);
            }
        }
    }

    private static List<int[]> cells(SentenceView v) {
        List<int[]> out = new ArrayList<>();
        int s = v.a;
        if (s < v.b && "|".equals(v.tk.norm(s))) {
            s++;
        }
        for (int i = s; i <= v.b; i++) {
            if (i == v.b || "|".equals(v.tk.norm(i))) {
                if (i > s) {
                    out.add(new int[]{s, i});
                }
                s = i + 1;
            }
        }
        return out;
    }

    private void tableDeal(SentenceView row, List<int[]> rc, int dealCol, List<Actor> captionStates,
                           List<Candidate> out) {
        Tokens tk = row.tk;
        int cs = row.a;
        int ce = row.b;
        for (int i = cs; i < ce; i++) {
            if (Lexicon.NEGATION.contains(tk.norm(i)) && !"no".equals(tk.norm(i)) || Lexicon.CANCEL.contains(tk.norm(i))
                    || TABLE_NOT_DONE.contains(tk.norm(i))) {
                return; // a status cell such as "under negotiation" or "planned": not a concluded deal
            }
        }
        List<Actor> parts = new ArrayList<>();
        for (Act ac : row.acts) {
            ActorLists.addUnique(parts, ac.actor());
        }
        if (ActorLists.distinctKeys(parts) < 2) {
            for (Actor a : captionStates) {
                ActorLists.addUnique(parts, a);
            }
        }
        if (ActorLists.distinctKeys(parts) < 2) {
            return;
        }
        Candidate c = new Candidate(Candidate.DEAL, row.sentence, row.index);
        for (Actor a : parts) {
            c.addActor(a);
        }
        c.value = row.money.isEmpty() ? null : row.money.get(0).money();
        for (DateMention d : row.dates) {
            if (!d.range() && d.value() != null) {
                c.date = d.value();
                break;
            }
        }
        if (dealCol >= 0 && dealCol < rc.size()) {
            int[] cell = rc.get(dealCol);
            String item = tk.cleanSpan(cell[0], cell[1]);
            if (!item.isBlank()) {
                c.items.add(item);
                DealItems.keys(row, cell[0], cell[1], c.itemKeys);
            }
        }
        c.category = DealItems.category(row, cs, ce);
        setEvidence(c, row);
        c.confidence = CandidateFields.confidence(0.6, c.value != null, c.date != null, true, false);
        out.add(c);
    }

    private void compareCell(SentenceView row, int[] label, int[] cell, List<Actor> colActors, List<Candidate> out) {
        Tokens tk = row.tk;
        boolean dealWord = false;
        boolean exWord = false;
        for (int[] part : new int[][]{label, cell}) {
            for (int i = part[0]; i < part[1]; i++) {
                if (DealRules.isDealNoun(row, i)) {
                    dealWord = true;
                }
                if (ExerciseRules.isExerciseNoun(row, i)) {
                    exWord = true;
                }
            }
        }
        for (int i = cell[0]; i < cell[1]; i++) {
            if (Lexicon.NEGATION.contains(tk.norm(i)) || Lexicon.CANCEL.contains(tk.norm(i))
                    || Lexicon.INTENT.contains(tk.norm(i))) {
                return;
            }
        }
        if (cell[1] - cell[0] < 1 || "na".equals(tk.norm(cell[0])) && cell[1] - cell[0] == 1) {
            return;
        }
        List<Actor> parts = new ArrayList<>(colActors);
        for (Act ac : row.acts) {
            if (ac.s() >= cell[0] && ac.e() <= cell[1]) {
                ActorLists.addUnique(parts, ac.actor());
            }
        }
        MoneyMention money = null;
        for (MoneyMention m : row.money) {
            if (m.tokStart() >= cell[0] && m.tokEnd() <= cell[1]) {
                money = m;
                break;
            }
        }
        String date = null;
        boolean hasDate = false;
        for (DateMention d : row.dates) {
            if (d.tokStart() >= cell[0] && d.tokEnd() <= cell[1] && !d.range()) {
                date = d.value();
                hasDate = true;
                break;
            }
        }
        NameMention nm = null;
        for (NameMention n : row.names) {
            if (n.tokStart() >= cell[0] && n.tokEnd() <= cell[1]) {
                nm = n;
                break;
            }
        }
        if (dealWord && (money != null || hasDate) && ActorLists.distinctKeys(parts) >= 2) {
            Candidate c = new Candidate(Candidate.DEAL, row.sentence, row.index);
            for (Actor a : parts) {
                c.addActor(a);
            }
            c.value = money == null ? null : money.money();
            c.date = date;
            c.category = DealItems.category(row, cell[0], cell[1]);
            String item = tk.cleanSpan(cell[0], cell[1]);
            c.items.add(item);
            DealItems.keys(row, cell[0], cell[1], c.itemKeys);
            c.evStart = tk.start(cell[0]);
            c.evEnd = tk.end(cell[1] - 1);
            c.confidence = CandidateFields.confidence(0.6, c.value != null, c.date != null, true, false);
            out.add(c);
        } else if ((exWord || nm != null) && ActorLists.distinctKeys(parts) >= 1) {
            boolean exInLabel = false;
            for (int i = label[0]; i < label[1]; i++) {
                if (ExerciseRules.isExerciseNoun(row, i)) {
                    exInLabel = true;
                }
            }
            if (!exInLabel && nm == null) {
                // the cell itself must describe the exercise ("Tri-lateral drills with Turkey")
                boolean exInCell = false;
                for (int i = cell[0]; i < cell[1]; i++) {
                    if (ExerciseRules.isExerciseNoun(row, i)) {
                        exInCell = true;
                    }
                }
                if (!exInCell) {
                    return;
                }
            }
            Candidate c = new Candidate(Candidate.EXERCISE, row.sentence, row.index);
            for (Actor a : parts) {
                c.addActor(a);
            }
            if (ActorLists.distinctKeys(c.actors) < 2 && nm == null) {
                return;
            }
            c.name = nm == null ? null : nm.name();
            c.date = nm != null && nm.year() > 0 ? String.valueOf(nm.year()) : date;
            c.evStart = tk.start(cell[0]);
            c.evEnd = tk.end(cell[1] - 1);
            c.confidence = CandidateFields.confidence(0.55, false, c.date != null, true, false);
            out.add(c);
        }
    }

    private static void setEvidence(Candidate c, SentenceView row) {
        List<int[]> rc = cells(row);
        if (!rc.isEmpty()) {
            c.evStart = row.tk.start(rc.get(0)[0]);
            c.evEnd = row.tk.end(rc.get(rc.size() - 1)[1] - 1);
        }
    }

}
