package io.newsevents.extractor.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the shape and consistency of the gazetteer data files (not the engine that reads them):
 * every row has its columns, codes are ISO alpha-3 shaped, the 195 states are there once each, and no
 * name or alias resolves to two different actors across the files unless it is listed in {@link #AMBIGUOUS}.
 */
class GazetteerDataTest {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Set<String> KINDS = Set.of("state", "organization", "other");

    /** Lookup keys deliberately resolving to more than one actor (none today; add with a reason). */
    private static final Set<String> AMBIGUOUS = Set.of();

    record Row(String file, int line, List<String> cells) {
    }

    /** Reads a gazetteer file: UTF-8, TAB-separated, # comments, first non-comment line is the header. */
    static List<Row> read(String file, List<String> expectedHeader) throws IOException {
        String text;
        try (InputStream in = GazetteerDataTest.class.getResourceAsStream("/gazetteer/" + file)) {
            assertThat(in).as("resource gazetteer/%s", file).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).as("%s has no BOM", file).doesNotStartWith("\uFEFF");
        String[] lines = text.split("\n", -1);
        assertThat(lines[0]).as("%s starts with a comment naming its sources", file).startsWith("#");
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).as("%s:%d has no CR", file, i + 1).doesNotContain("\r");
            List<String> cells = List.of(line.split("\t", -1));
            if (!headerSeen) {
                assertThat(cells).as("%s header", file).isEqualTo(expectedHeader);
                headerSeen = true;
                continue;
            }
            assertThat(cells).as("%s:%d column count", file, i + 1).hasSize(expectedHeader.size());
            for (String cell : cells) {
                assertThat(cell).as("%s:%d cell without surrounding blanks", file, i + 1).isEqualTo(cell.strip());
            }
            rows.add(new Row(file, i + 1, cells));
        }
        assertThat(headerSeen).as("%s has a header", file).isTrue();
        return rows;
    }

    static List<String> aliases(Row row, String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = List.of(cell.split("\\|", -1));
        for (String alias : out) {
            assertThat(alias).as("%s:%d alias", row.file(), row.line()).isNotBlank().isEqualTo(alias.strip());
        }
        return out;
    }

    /** The lookup key the engine uses: all-capital aliases are case-sensitive, the rest case-folded. */
    static String lookupKey(String alias) {
        boolean hasLetter = alias.chars().anyMatch(Character::isLetter);
        boolean allUpper = hasLetter && alias.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        String folded = alias.replace('\u2019', '\'');
        return allUpper ? folded : folded.toLowerCase(Locale.ROOT);
    }

    static List<Row> states() throws IOException {
        return read("states.tsv", List.of("iso3", "name", "aliases", "places", "contextual"));
    }

    static List<Row> entities() throws IOException {
        return read("entities.tsv", List.of("name", "iso3", "kind", "aliases"));
    }

    static List<Row> organizations() throws IOException {
        return read("organizations.tsv", List.of("name", "iso3", "aliases"));
    }

    /** Every name and alias with the actor it denotes: the ISO code, or "name:<name>" where there is none. */
    static Map<String, Set<String>> lookupTable() throws IOException {
        Map<String, Set<String>> table = new HashMap<>();
        for (Row r : states()) {
            String target = r.cells().get(0);
            add(table, r.cells().get(1), target);
            aliases(r, r.cells().get(2)).forEach(a -> add(table, a, target));
            aliases(r, r.cells().get(3)).forEach(a -> add(table, a, target));
            // the contextual column (4) is left out: those names resolve by what else the article names
        }
        for (Row r : entities()) {
            String target = r.cells().get(1).isEmpty() ? "name:" + r.cells().get(0) : r.cells().get(1);
            add(table, r.cells().get(0), target);
            aliases(r, r.cells().get(3)).forEach(a -> add(table, a, target));
        }
        for (Row r : organizations()) {
            String target = r.cells().get(1).isEmpty() ? "name:" + r.cells().get(0) : r.cells().get(1);
            add(table, r.cells().get(0), target);
            aliases(r, r.cells().get(2)).forEach(a -> add(table, a, target));
        }
        return table;
    }

    private static void add(Map<String, Set<String>> table, String alias, String target) {
        table.computeIfAbsent(lookupKey(alias), k -> new TreeSet<>()).add(target);
    }

    @Test
    void statesAreTheUnMembersAndObserversOnceEach() throws IOException {
        List<Row> rows = states();
        assertThat(rows).hasSize(195);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Row r : rows) {
            assertThat(r.cells().get(0)).as("line %d iso3", r.line()).matches(ISO3);
            assertThat(codes.add(r.cells().get(0))).as("duplicate iso3 %s", r.cells().get(0)).isTrue();
            assertThat(r.cells().get(1)).as("line %d name", r.line()).isNotBlank();
            assertThat(names.add(r.cells().get(1))).as("duplicate name %s", r.cells().get(1)).isTrue();
            aliases(r, r.cells().get(2));
            aliases(r, r.cells().get(3));
        }
        assertThat(codes).contains("VAT", "PSE", "USA", "GBR", "TUR", "RUS", "PRK", "KOR", "SSD", "TLS");
        assertThat(codes).doesNotContain("TWN", "XKX", "ESH", "HKG");
    }

    @Test
    void statesUseTheCommonShortNames() throws IOException {
        Map<String, String> byCode = new HashMap<>();
        for (Row r : states()) {
            byCode.put(r.cells().get(0), r.cells().get(1));
        }
        assertThat(byCode).containsEntry("TUR", "Turkey").containsEntry("RUS", "Russia").containsEntry("IRN", "Iran")
                .containsEntry("SYR", "Syria").containsEntry("KOR", "South Korea").containsEntry("PRK", "North Korea")
                .containsEntry("USA", "United States").containsEntry("GBR", "United Kingdom")
                .containsEntry("CZE", "Czechia").containsEntry("VNM", "Vietnam").containsEntry("LAO", "Laos")
                .containsEntry("MDA", "Moldova").containsEntry("TZA", "Tanzania").containsEntry("BOL", "Bolivia")
                .containsEntry("VEN", "Venezuela").containsEntry("BRN", "Brunei").containsEntry("SWZ", "Eswatini")
                .containsEntry("MMR", "Myanmar").containsEntry("PSE", "Palestine");
    }

    @Test
    void entitiesAndOrganizationsAreWellFormed() throws IOException {
        Set<String> entityNames = new HashSet<>();
        for (Row r : entities()) {
            assertThat(r.cells().get(0)).isNotBlank();
            assertThat(entityNames.add(r.cells().get(0))).as("duplicate entity %s", r.cells().get(0)).isTrue();
            String iso3 = r.cells().get(1);
            assertThat(iso3.isEmpty() || ISO3.matcher(iso3).matches()).as("entities:%d iso3 '%s'", r.line(), iso3).isTrue();
            assertThat(r.cells().get(2)).as("entities:%d kind", r.line()).isIn(KINDS);
            aliases(r, r.cells().get(3));
        }
        assertThat(entityNames).contains("Kosovo", "Taiwan", "Northern Cyprus", "Abkhazia", "South Ossetia",
                "Somaliland", "Nagorno-Karabakh", "Transnistria", "Western Sahara").doesNotContain("Palestine");

        List<Row> orgs = organizations();
        assertThat(orgs).hasSizeGreaterThanOrEqualTo(150);
        Set<String> orgNames = new HashSet<>();
        for (Row r : orgs) {
            assertThat(r.cells().get(0)).isNotBlank();
            assertThat(orgNames.add(r.cells().get(0))).as("duplicate organization %s", r.cells().get(0)).isTrue();
            String iso3 = r.cells().get(1);
            assertThat(iso3.isEmpty() || ISO3.matcher(iso3).matches()).as("organizations:%d iso3 '%s'", r.line(), iso3).isTrue();
            aliases(r, r.cells().get(2));
        }
    }

    @Test
    void everyCodeUsedByAnEntityOrOrganizationIsAStateOrAnEntityCode() throws IOException {
        Set<String> known = new HashSet<>();
        states().forEach(r -> known.add(r.cells().get(0)));
        entities().forEach(r -> known.add(r.cells().get(1)));
        for (Row r : organizations()) {
            String iso3 = r.cells().get(1);
            assertThat(iso3.isEmpty() || known.contains(iso3)).as("organizations:%d unknown code %s", r.line(), iso3).isTrue();
        }
    }

    @Test
    void noNameOrAliasDenotesTwoActorsUnlessAllowlisted() throws IOException {
        Map<String, Set<String>> conflicts = new LinkedHashMap<>();
        lookupTable().forEach((key, targets) -> {
            if (targets.size() > 1 && !AMBIGUOUS.contains(key)) {
                conflicts.put(key, targets);
            }
        });
        assertThat(conflicts).as("aliases resolving to more than one actor").isEmpty();
    }

    @Test
    void theContractExamplesResolve() throws IOException {
        Map<String, Set<String>> table = lookupTable();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Pakistani", "PAK");
        expected.put("Islamabad", "PAK");
        expected.put("Baku", "AZE");
        expected.put("Azeri", "AZE");
        expected.put("the Kremlin", "RUS");
        expected.put("New Delhi", "IND");
        expected.put("Ankara", "TUR");
        expected.put("Türkiye", "TUR");
        expected.put("Turkiye", "TUR");
        expected.put("US", "USA");
        expected.put("the U.S.", "USA");
        expected.put("America", "USA");
        expected.put("Washington", "USA");
        expected.put("UK", "GBR");
        expected.put("Britain", "GBR");
        expected.put("UAE", "ARE");
        expected.put("Filipino", "PHL");
        expected.put("Hyundai Rotem", "KOR");
        expected.put("Heavy Industries Taxila", "PAK");
        expected.put("Taipei", "TWN");
        expected.put("Artsakh", "name:Nagorno-Karabakh");
        expected.put("NATO", "name:NATO");
        expected.put("AU", "name:African Union");
        expected.forEach((alias, code) ->
                assertThat(table.get(lookupKey(alias))).as("lookup of %s", alias).containsExactly(code));
        // case-sensitive abbreviations do not match the ordinary words
        assertThat(table).doesNotContainKeys("us", "au", "un", "eu");
    }

    /** Every actor in the seed gold set (read at run time, never copied) is a name the gazetteer knows with that code. */
    @Test
    void seedGoldActorsAreKnown() throws IOException {
        Path gold = Path.of("..", "..", "shared", "gold", "seeds.jsonl");
        if (!Files.exists(gold)) {
            gold = Path.of("..", "shared", "gold", "seeds.jsonl");
        }
        Assumptions.assumeTrue(Files.exists(gold), "../shared not present");
        Map<String, Set<String>> table = lookupTable();
        List<String> unknown = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = Json.read(line, JsonNode.class);
            List<JsonNode> actors = new ArrayList<>();
            for (String field : List.of("parties", "participants")) {
                event.path(field).forEach(actors::add);
            }
            for (String field : List.of("withholder", "target")) {
                if (event.hasNonNull(field)) {
                    actors.add(event.get(field));
                }
            }
            for (JsonNode actor : actors) {
                String name = actor.path("name").asText();
                String iso3 = actor.path("iso3").isTextual() ? actor.get("iso3").asText() : "name:" + name;
                Set<String> found = table.get(lookupKey(name));
                if (found == null || !found.contains(iso3)) {
                    unknown.add(name + " -> " + iso3 + " (gazetteer: " + found + ")");
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
