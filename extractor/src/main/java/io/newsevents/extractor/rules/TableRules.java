package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.dates.DateParser.DateMention;
import io.newsevents.extractor.money.MoneyParser.MoneyMention;
import io.newsevents.extractor.rules.ExerciseNames.NameMention;
import io.newsevents.extractor.rules.SentenceView.Act;
import io.newsevents.extractor.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Facts in a table (rows of "|"-separated cells, a header row first): a deal table gives one deal per concluded row;
 * a table whose header names two or more states per column gives a deal or an exercise per cell; any other row is
 * read as prose, with the states of the caption (the sentence before the table) to fill in missing parties.
 */
final class TableRules {

    /** Status words in a table row that say the deal is not concluded. */
    private static final Set<String> TABLE_NOT_DONE = Set.of("negotiation", "negotiations", "negotiating", "talks",
            "planned", "proposed", "pending", "expected", "discussion", "discussions", "considering", "considered",
            "tender", "requested", "offered", "prospective", "potential", "possible", "awaiting", "draft",
            "tentative", "evaluation", "evaluating", "competition", "shortlisted", "mooted", "unconfirmed",
            "denied", "rumoured", "rumored", "intent", "stalled", "approved", "cleared", "notified", "selected", "chosen",
            "preferred", "awaits", "review");
    /** Heads of a deal table that name who took part, not what was bought. */
    private static final Set<String> TABLE_ROLE_HEADS = Set.of("buyer", "seller", "supplier", "recipient", "customer",
            "importer", "exporter", "purchaser", "contractor", "vendor", "partner");
    /** "not disclosed": a value cell that says the price is unknown, not that the deal is off. */
    private static final Set<String> UNDISCLOSED = Set.of("disclosed", "available", "known", "released", "public",
            "given", "announced", "stated");
    /** "no published agreement", "none signed": a row that denies a deal (bare "no" is too common to block). */
    private static final Set<String> NO_DEAL = Set.of("no", "none");
    /** Heads of the column that names what was bought, when no deal head does ("System", "Equipment"). */
    private static final Set<String> TABLE_ITEM_HEADS = Set.of("system", "systems", "item", "items", "equipment",
            "platform", "platforms", "weapon", "weapons", "goods", "product", "products", "type", "model", "aircraft",
            "ships", "vessels", "vehicles", "helicopters", "missiles", "programme", "programmes", "program", "programs",
            "project", "projects");
    /** Header words that make a table a deal table, one deal per row. */
    private static final Set<String> DEAL_TABLE_HEADS = Set.of("deal", "deals", "contract", "contracts", "agreement",
            "agreements", "buyer", "seller", "supplier", "recipient", "customer", "importer", "exporter", "purchaser",
            "order", "orders", "purchase", "purchases", "procurement", "acquisition", "acquisitions", "contractor",
            "vendor", "treaty", "treaties", "document", "documents", "award", "awards");
    /** Heads of a column of partners: with a row status "signed", a table of one state's deals with them. */
    private static final Set<String> PARTNER_HEADS = Set.of("partner", "partners");
    /** Verbs of a status cell that say the row's deal was concluded ("Contract signed", "MoU signed"). */
    private static final Set<String> STATUS_DONE = Set.of("signed", "concluded", "awarded", "finalised",
            "finalized", "inked");
    /** Heads of the column that names the buyer: with none, the buyer is the state the text before is about. */
    private static final Set<String> BUYER_HEADS = Set.of("buyer", "buyers", "recipient", "customer", "importer",
            "purchaser", "client");

    /** Reads a row of no deal or comparison table as a sentence of prose, with the states to fill in (or null). */
    interface ProseRules {
        void read(SentenceView row, List<Actor> fill, List<Candidate> out, List<SentenceView> views);
    }

    private final States states;
    private final ProseRules prose;

    TableRules(States states, ProseRules prose) {
        this.states = states;
        this.prose = prose;
    }

    /** Adds the facts of one table ({@code rows}, header first) to {@code out}; {@code caption} may be null. */
    void read(List<SentenceView> rows, SentenceView caption, List<Candidate> out, List<SentenceView> views) {
        if (rows.isEmpty()) {
            return;
        }
        SentenceView header = rows.get(0);
        List<int[]> hcells = cells(header);
        boolean dealTable = false;
        int itemCol = -1;
        int yearCol = -1;
        boolean hasBuyerCol = false;
        boolean partnerCol = false;
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
                if (BUYER_HEADS.contains(w)) {
                    hasBuyerCol = true;
                }
                if (PARTNER_HEADS.contains(w)) {
                    partnerCol = true;
                }
                if ("year".equals(w) || "date".equals(w)) {
                    yearCol = c;
                }
            }
        }
        // "Year | Programme | Turkish partner | Value | Status": a table of one state's deals with the partners it
        // names, when its rows say "Contract signed"; each row then needs that status of its own
        boolean statusRows = !dealTable && partnerCol && anyStatusDone(rows);
        dealTable |= statusRows;
        List<Actor> captionStates = new ArrayList<>();
        if (caption != null) {
            for (Act ac : caption.acts) {
                Actor s = states.stateOf(ac.actor());
                if (s != null) {
                    ActorLists.addUnique(captionStates, s);
                }
            }
        }
        if (dealTable && captionStates.isEmpty()) {
            // "Year | Supplier | Item": a table of one buyer's deals, the one state the text before it is about
            // (not counting the suppliers the rows name: "most hulls come from China and Turkey")
            captionStates = soleStateBefore(views, rows.get(0).index, 5, List.of());
            if (captionStates.isEmpty()) {
                captionStates = soleStateBefore(views, rows.get(0).index, 8, rowStates(rows));
            }
            if (captionStates.isEmpty() && statusRows) {
                List<Actor> partners = rowStates(rows);
                for (List<Actor> col : colActors) {
                    partners.addAll(col);
                }
                captionStates = mostNamedStateBefore(views, rows.get(0).index, 8, partners);
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            SentenceView row = rows.get(r);
            List<int[]> rc = cells(row);
            if (rc.isEmpty()) {
                continue;
            }
            if (statusRows && !statusDone(row)) {
                continue;
            }
            if (dealTable) {
                tableDeal(row, rc, itemCol, captionStates, hasBuyerCol, out);
            } else if (compareCols >= 2) {
                for (int c = 1; c < rc.size() && c < colActors.size(); c++) {
                    compareCell(row, rc.get(0), rc.get(c), colActors.get(c), out);
                }
            } else {
                prose.read(row, captionStates.size() >= 2 ? captionStates : null, out, views);
            }
        }
    }

    /**
     * The one state the {@code window} sentences before a table name (directly or by an organization), not counting
     * those in {@code inRows}, else none.
     */
    private List<Actor> soleStateBefore(List<SentenceView> views, int index, int window, List<Actor> inRows) {
        List<Actor> found = new ArrayList<>();
        for (int p = index - 1; p >= Math.max(0, index - window); p--) {
            for (Act ac : views.get(p).acts) {
                Actor s = states.stateOf(ac.actor());
                if (s != null && !ActorLists.hasKey(inRows, s)) {
                    ActorLists.addUnique(found, s);
                }
            }
        }
        return found.size() == 1 ? found : new ArrayList<>();
    }

    /**
     * The state the {@code window} sentences before a table name more often than any other (directly or by an
     * organization), not counting those in {@code others}, else none.
     */
    private List<Actor> mostNamedStateBefore(List<SentenceView> views, int index, int window, List<Actor> others) {
        List<Actor> found = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int p = index - 1; p >= Math.max(0, index - window); p--) {
            for (Act ac : views.get(p).acts) {
                Actor s = states.stateOf(ac.actor());
                if (s == null || ActorLists.hasKey(others, s)) {
                    continue;
                }
                int at = -1;
                for (int i = 0; i < found.size(); i++) {
                    if (found.get(i).key().equals(s.key())) {
                        at = i;
                    }
                }
                if (at < 0) {
                    found.add(s);
                    counts.add(1);
                } else {
                    counts.set(at, counts.get(at) + 1);
                }
            }
        }
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < found.size(); i++) {
            if (best < 0 || counts.get(i) > counts.get(best)) {
                best = i;
                tie = false;
            } else if (counts.get(i).equals(counts.get(best))) {
                tie = true;
            }
        }
        List<Actor> out = new ArrayList<>();
        if (best >= 0 && !tie && counts.get(best) >= 2) {
            out.add(found.get(best));
        }
        return out;
    }

    /** True when some body row has a status that says its deal was signed. */
    private static boolean anyStatusDone(List<SentenceView> rows) {
        for (int r = 1; r < rows.size(); r++) {
            if (statusDone(rows.get(r))) {
                return true;
            }
        }
        return false;
    }

    /** "Contract signed", "MoU signed, January": a row with a verb of concluding a deal. */
    private static boolean statusDone(SentenceView row) {
        for (int i = row.a; i < row.b; i++) {
            if (STATUS_DONE.contains(row.tk.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** The states the concluded body rows of a table name (directly or by an organization). */
    private List<Actor> rowStates(List<SentenceView> rows) {
        List<Actor> found = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            if (!concluded(rows.get(r))) {
                continue;
            }
            for (Act ac : rows.get(r).acts) {
                Actor s = states.stateOf(ac.actor());
                if (s != null) {
                    ActorLists.addUnique(found, s);
                }
            }
        }
        return found;
    }

    /** How many different states the actors stand for (directly or by an organization). */
    private int distinctStates(List<Actor> actors) {
        List<Actor> found = new ArrayList<>();
        for (Actor a : actors) {
            Actor s = states.stateOf(a);
            if (s != null) {
                ActorLists.addUnique(found, s);
            }
        }
        return found.size();
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

    /** False for a row whose status says the deal is not concluded ("under negotiation", "planned"). */
    private static boolean concluded(SentenceView row) {
        Tokens tk = row.tk;
        int cs = row.a;
        int ce = row.b;
        for (int i = cs; i < ce; i++) {
            if (Lexicon.NEGATION.contains(tk.norm(i)) && !"no".equals(tk.norm(i))
                    && !(i + 1 < ce && UNDISCLOSED.contains(tk.norm(i + 1))) || Lexicon.CANCEL.contains(tk.norm(i))
                    || TABLE_NOT_DONE.contains(tk.norm(i))) {
                return false; // a status cell such as "under negotiation" or "planned": not a concluded deal
            }
            if (NO_DEAL.contains(tk.norm(i))) {
                for (int j = i + 1; j < Math.min(ce, i + 4); j++) {
                    if (DealNouns.isDealNoun(row, j)) {
                        return false; // "— (no published framework agreement)": a row that says there is none
                    }
                }
            }
        }
        return true;
    }

    private void tableDeal(SentenceView row, List<int[]> rc, int dealCol, List<Actor> captionStates,
                           boolean hasBuyerCol, List<Candidate> out) {
        Tokens tk = row.tk;
        int cs = row.a;
        int ce = row.b;
        if (!concluded(row)) {
            return;
        }
        List<Actor> parts = new ArrayList<>();
        int[] itemCell = dealCol >= 0 && dealCol < rc.size() ? rc.get(dealCol) : null;
        for (Act ac : row.acts) {
            if (itemCell != null && ac.s() >= itemCell[0] && ac.e() <= itemCell[1]) {
                continue; // "28 Eurofighter Typhoon": a maker named in what was bought is no party
            }
            ActorLists.addUnique(parts, ac.actor());
        }
        if (ActorLists.distinctKeys(parts) < 2 || !hasBuyerCol && captionStates.size() == 1
                && !ActorLists.hasKey(parts, captionStates.get(0)) && distinctStates(parts) < 2) {
            // "| Leonardo | Italy | support |" under one buyer's awards: the seller and its country, plus the buyer;
            // not "| Brazil | Gripen | Saab |": a row of two states' parties names buyer and seller already
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
        if (c.date != null && c.date.length() == 4) {
            for (DateMention d : row.dates) {
                if (!d.range() && d.value() != null && d.value().length() == 7 && d.tokEnd() - d.tokStart() == 1
                        && Lexicon.MONTHS.contains(tk.norm(d.tokStart()))) {
                    c.date = c.date + d.value().substring(4); // "| 2024 | ... | MoU signed, January |"
                    break;
                }
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
                if (DealNouns.isDealNoun(row, i)) {
                    dealWord = true;
                }
                if (ExerciseNouns.isExerciseNoun(row, i)) {
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
                if (ExerciseNouns.isExerciseNoun(row, i)) {
                    exInLabel = true;
                }
            }
            if (!exInLabel && nm == null) {
                // the cell itself must describe the exercise ("Tri-lateral drills with Turkey")
                boolean exInCell = false;
                for (int i = cell[0]; i < cell[1]; i++) {
                    if (ExerciseNouns.isExerciseNoun(row, i)) {
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
