package io.newsevents.extractor.gazetteer;

import io.newsevents.events.Actor;
import io.newsevents.extractor.text.Tokenizer;
import io.newsevents.extractor.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Actors by name: states, other entities and organizations with every alias, matched over tokens with a token
 * trie (longest match first). Case rules come from how an alias is written: an alias in capitals only ("US",
 * "UAE") matches only in capitals, a capitalised alias word matches only a capitalised word (so "turkey" and
 * "chad" in lower case are not actors), a lower-case alias word matches any case.
 *
 * <p>Files: {@code states.tsv} (iso3, name, aliases), {@code entities.tsv} (name, iso3, kind, aliases) and
 * {@code organizations.tsv} (name, iso3, aliases); UTF-8, TAB-separated, {@code #} comments, one header line.
 */
public final class Gazetteer {

    private static final byte ANY = 0;
    private static final byte CAPITALISED = 1;
    private static final byte EXACT = 2;

    /** Single-word names that are also common personal or other names: need a clean context. */
    private static final Set<String> AMBIGUOUS = Set.of("jordan", "chad", "georgia", "niger", "guinea",
            "mali", "cuba", "peru", "kiribati", "dominica", "victoria");
    private static final Set<String> CONTINENT_PARTS = Set.of("latin", "south", "north", "central", "pan");
    private static final Set<String> GEO_HEADS = Set.of("ocean", "sea", "gulf", "peninsula", "subcontinent", "strait",
            "river", "basin", "desert", "plateau", "airlines", "airways", "tech", "state", "county", "university",
            "express", "times", "post", "herald", "canal");
    private static final Set<String> NAME_MODIFIERS = Set.of("peace", "climate", "ceasefire", "trade", "nuclear",
            "security", "cooperation", "framework", "border", "energy", "gas", "cease-fire", "normalisation",
            "normalization", "reconciliation", "political", "investment", "defence", "defense");
    private static final Set<String> OPENERS = Set.of("the", "in", "on", "at", "and", "but", "both", "with", "from",
            "for", "to", "by", "while", "unlike", "meanwhile", "as", "after", "before", "since", "neighbouring",
            "neighboring", "like", "including", "besides", "however", "when", "although", "if", "neither", "nor");
    private static final Set<String> OF_HEADS = Set.of("gulf", "sea", "bay", "strait", "straits", "coast", "isle",
            "islands", "port", "sultan", "king", "queen", "emir", "prince", "bank", "university");
    /** Words after a place name that make it part of a proper name ("Minsk agreements", "Astana format"). */
    private static final Set<String> NAME_HEADS = Set.of("declaration", "agreement", "agreements", "accord", "accords",
            "protocol", "protocols", "format", "process", "principles", "summit", "talks", "group", "communique",
            "communiqué", "charter", "convention", "document", "statement", "pact", "treaty", "initiative", "forum",
            "dialogue", "consensus", "memorandum", "conference", "stock", "airport", "university");

    private static final class Alias {
        final Actor actor;
        final byte[] rules;
        final String[] surfaces;
        final boolean place;
        final boolean contextual;

        Alias(Actor actor, byte[] rules, String[] surfaces, boolean place, boolean contextual) {
            this.actor = actor;
            this.rules = rules;
            this.surfaces = surfaces;
            this.place = place;
            this.contextual = contextual;
        }
    }

    private static final class Node {
        Map<String, Node> next;
        List<Alias> terminals;
    }

    private final Node root = new Node();
    private final Map<String, Actor> statesByIso = new LinkedHashMap<>();
    private final Map<String, Actor> byKey = new HashMap<>();
    private int aliasCount;

    private Gazetteer() {
        root.next = new HashMap<>();
    }

    /** The gazetteer bundled under {@code /gazetteer/} on the class path. */
    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        g.loadStates(open("/gazetteer/states.tsv"));
        g.loadEntities(open("/gazetteer/entities.tsv"));
        g.loadOrganizations(open("/gazetteer/organizations.tsv"));
        InputStream people = Gazetteer.class.getResourceAsStream("/lexicon/people.tsv");
        if (people != null) {
            g.loadPeople(new InputStreamReader(people, StandardCharsets.UTF_8));
        }
        return g;
    }

    /** People who act for a state (name, iso3, aliases): their names resolve to the state. */
    private void loadPeople(Reader r) {
        for (String[] f : rows(r)) {
            if (f.length < 2) {
                continue;
            }
            Actor state = statesByIso.get(f[1].strip());
            if (state == null) {
                continue;
            }
            add(state, f[0].strip(), false, state.name());
            if (f.length > 2 && !f[2].isBlank()) {
                for (String alias : f[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(state, alias.strip(), false, state.name());
                    }
                }
            }
        }
    }

    /** A gazetteer from a directory holding the three files (missing files are skipped). */
    public static Gazetteer fromDirectory(Path dir) {
        Gazetteer g = new Gazetteer();
        try {
            if (Files.exists(dir.resolve("states.tsv"))) {
                g.loadStates(Files.newBufferedReader(dir.resolve("states.tsv"), StandardCharsets.UTF_8));
            }
            if (Files.exists(dir.resolve("entities.tsv"))) {
                g.loadEntities(Files.newBufferedReader(dir.resolve("entities.tsv"), StandardCharsets.UTF_8));
            }
            if (Files.exists(dir.resolve("organizations.tsv"))) {
                g.loadOrganizations(Files.newBufferedReader(dir.resolve("organizations.tsv"), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private static Reader open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(Reader reader) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader)) {
            String line;
            boolean header = true;
            while ((line = br.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void loadStates(Reader r) {
        for (String[] f : rows(r)) {
            if (f.length < 2) {
                continue;
            }
            String iso = f[0].strip();
            String name = f[1].strip();
            Actor a = Actor.state(name, iso);
            statesByIso.put(iso, a);
            register(a, name, f.length > 2 ? f[2] : "");
            if (f.length > 3) {
                // the places column: cities whose names look like demonyms ("Karachi", "Munich") are places all the same
                for (String place : f[3].split("\\|")) {
                    if (!place.isBlank()) {
                        add(a, place.strip(), true, name);
                    }
                }
            }
            if (f.length > 4) {
                // the contextual column: places whose names are shared or ordinary ("Georgetown", "Kingston") stand
                // for the state only in an article that names the state otherwise (Mention.contextual)
                for (String place : f[4].split("\\|")) {
                    if (!place.isBlank()) {
                        add(a, place.strip(), true, name, true);
                    }
                }
            }
        }
    }

    private void loadEntities(Reader r) {
        for (String[] f : rows(r)) {
            if (f.length < 3) {
                continue;
            }
            String name = f[0].strip();
            String iso = f[1].strip();
            String kind = f[2].strip().isEmpty() ? Actor.OTHER : f[2].strip();
            Actor a = new Actor(name, iso.isEmpty() ? null : iso, kind);
            register(a, name, f.length > 3 ? f[3] : "");
        }
    }

    private void loadOrganizations(Reader r) {
        for (String[] f : rows(r)) {
            if (f.length < 2) {
                continue;
            }
            String name = f[0].strip();
            String iso = f[1].strip();
            Actor a = Actor.organization(name, iso.isEmpty() ? null : iso);
            register(a, name, f.length > 2 ? f[2] : "");
        }
    }

    private void register(Actor actor, String name, String aliases) {
        byKey.putIfAbsent(actor.key() + "|" + actor.kind(), actor);
        add(actor, name, false, name);
        if (aliases != null && !aliases.isBlank()) {
            for (String alias : aliases.split("\\|")) {
                String a = alias.strip();
                if (!a.isEmpty()) {
                    add(actor, a, isPlace(actor, name, a), name);
                }
            }
        }
    }

    private static boolean isPlace(Actor actor, String name, String alias) {
        if (!Actor.STATE.equals(actor.kind()) && !Actor.OTHER.equals(actor.kind())) {
            return false;
        }
        String al = fold(alias);
        String nm = fold(name);
        if (al.length() >= 3 && nm.length() >= 3 && al.regionMatches(0, nm, 0, 3)) {
            return false;
        }
        if (al.startsWith("republic") || al.startsWith("state of") || al.startsWith("kingdom") || al.contains(" of ")
                || al.startsWith("the ") || alias.equals(alias.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String[] demonymEnds = {"an", "ans", "ian", "ese", "ish", "i", "ic", "ch", "er", "ers", "ot", "ots", "ians"};
        String low = al.toLowerCase(Locale.ROOT);
        for (String e : demonymEnds) {
            if (low.endsWith(e) && !low.contains(" ")) {
                // demonyms and plural forms; places that end the same way ("Tehran") are in the places column
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        String x = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private void add(Actor actor, String alias, boolean place, String name) {
        add(actor, alias, place, name, false);
    }

    private void add(Actor actor, String alias, boolean place, String name, boolean contextual) {
        String prepared = alias.replace('\u2019', '\'');
        Tokens tk = Tokenizer.tokenize(prepared);
        if (tk.size() == 0) {
            return;
        }
        byte[] rules = new byte[tk.size()];
        String[] surfaces = new String[tk.size()];
        Node node = root;
        for (int i = 0; i < tk.size(); i++) {
            String surface = tk.surface(i);
            surfaces[i] = surface.replace(".", "");
            if (tk.isWord(i) && tk.allCaps(i)) {
                rules[i] = EXACT;
            } else if (tk.isWord(i) && Character.isUpperCase(surface.charAt(0))) {
                rules[i] = CAPITALISED;
            } else {
                rules[i] = ANY;
            }
            String key = tk.norm(i);
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        if (node.terminals == null) {
            node.terminals = new ArrayList<>(1);
        }
        for (Alias existing : node.terminals) {
            if (existing.actor.equals(actor) && java.util.Arrays.equals(existing.rules, rules)) {
                return;
            }
        }
        node.terminals.add(new Alias(actor, rules, surfaces, place, contextual));
        aliasCount++;
    }

    public int aliasCount() {
        return aliasCount;
    }

    /** The state with this ISO code, or null. */
    public Actor state(String iso3) {
        return iso3 == null ? null : statesByIso.get(iso3);
    }

    /**
     * All actors named in tokens [from, to), longest match first, left to right, not overlapping; contextual
     * aliases ("Georgetown", "Congo") are left out.
     */
    public List<Mention> find(Tokens tk, int from, int to) {
        return find(tk, from, to, null);
    }

    /**
     * As {@link #find(Tokens, int, int)}, but a contextual alias counts for an actor the text is known to name
     * otherwise ({@code named}): "Congo" is DR Congo in a story that says "Kinshasa", the Republic of the Congo in
     * one that says "Brazzaville".
     */
    public List<Mention> find(Tokens tk, int from, int to, Predicate<Actor> named) {
        List<Mention> out = null;
        int i = from;
        while (i < to) {
            Node node = root.next.get(tk.norm(i));
            if (node == null) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Alias best = null;
            int j = i;
            while (node != null) {
                j++;
                if (node.terminals != null) {
                    Alias ok = accept(node.terminals, tk, i, named);
                    if (ok != null) {
                        bestEnd = j;
                        best = ok;
                    }
                }
                if (j >= to || node.next == null) {
                    break;
                }
                node = node.next.get(tk.norm(j));
            }
            if (best != null && plausible(tk, i, bestEnd, to, best, from)) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(new Mention(i, bestEnd, best.actor, best.place));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out == null ? List.of() : out;
    }

    private static Alias accept(List<Alias> terminals, Tokens tk, int at, Predicate<Actor> named) {
        for (Alias a : terminals) {
            if (a.contextual && (named == null || !named.test(a.actor))) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < a.rules.length && ok; k++) {
                int t = at + k;
                switch (a.rules[k]) {
                    case CAPITALISED:
                        ok = tk.capitalised(t);
                        break;
                    case EXACT:
                        ok = tk.surface(t).replace(".", "").equals(a.surfaces[k]);
                        break;
                    default:
                        break;
                }
            }
            if (ok) {
                return a;
            }
        }
        return null;
    }

    private static boolean plausible(Tokens tk, int s, int e, int to, Alias alias, int sentenceStart) {
        String first = tk.norm(s);
        // "US$ 5 million"
        if (e < to && "$".equals(tk.norm(e)) && !tk.spaceBefore(e)) {
            return false;
        }
        // a dateline: "ANKARA, March 3 (Reuters) -" names where the story was filed, not an actor
        if (alias.place && s == sentenceStart && tk.allCaps(s) && e < to
                && (",".equals(tk.norm(e)) || "(".equals(tk.norm(e)) || "-".equals(tk.norm(e)) || "\u2014".equals(tk.norm(e)))) {
            return false;
        }
        // "MiG-29s", "Mi-17": a maker's name fused with a number is a product designation, not the maker acting
        if (Actor.ORGANIZATION.equals(alias.actor.kind()) && e + 1 < to && "-".equals(tk.norm(e)) && !tk.spaceBefore(e)
                && !tk.spaceBefore(e + 1) && tk.isNumber(e + 1)) {
            return false;
        }
        // "the Islamic Republic of Pakistan": a short form that a longer name goes on from
        if (e < to && "of".equals(tk.norm(e)) && "republic".equals(tk.norm(e - 1)) && e + 1 < to && tk.capitalised(e + 1)) {
            return false;
        }
        // "Indian Ocean", "Georgia Tech"
        if (e < to && tk.capitalised(e) && GEO_HEADS.contains(tk.norm(e))) {
            return false;
        }
        // "the Minsk agreements", "Astana format", "Madrid Principles"
        if (alias.place) {
            for (int k = e; k < Math.min(to, e + 3); k++) {
                if (NAME_HEADS.contains(tk.norm(k))) {
                    return false;
                }
                if (!NAME_MODIFIERS.contains(tk.norm(k))) {
                    break;
                }
            }
        }
        // "the Gulf of Oman", "the Sea of Japan"
        if (s - 2 >= sentenceStart && "of".equals(tk.norm(s - 1)) && tk.capitalised(s - 2)
                && OF_HEADS.contains(tk.norm(s - 2))) {
            return false;
        }
        // "Latin America", "South American", "Central Americans": a region, not the United States
        if (e - s == 1 && first.startsWith("america") && s > sentenceStart
                && (CONTINENT_PARTS.contains(tk.norm(s - 1))
                || "-".equals(tk.norm(s - 1)) && s - 1 > sentenceStart && CONTINENT_PARTS.contains(tk.norm(s - 2)))) {
            return false;
        }
        if (alias.contextual && e < to && tk.isWord(e) && tk.capitalised(e) && tk.spaceBefore(e)) {
            return false; // "Sofia Petrova", "Victoria Cross", "Darwin Harbour Authority"
        }
        if (e - s == 1 && AMBIGUOUS.contains(first)) {
            int p = s - 1;
            if (p >= sentenceStart && tk.isWord(p) && tk.capitalised(p) && !tk.allCaps(p)
                    && !(p == sentenceStart && OPENERS.contains(tk.norm(p)))) {
                return false; // "Michael Jordan"
            }
            if (e < to && tk.isWord(e) && tk.capitalised(e) && tk.spaceBefore(e)) {
                return false; // "Chad Smith"
            }
        }
        return true;
    }
}
