package io.newsevents.api;

import io.newsevents.events.Actor;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Issue 5 filters, sorting and cursor pagination, and the relation of a pair, over invented Baltic facts
 * (Estonia, Latvia, Lithuania, Denmark) that no other test class uses.
 */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class QueryFiltersTest {

    static final Actor ESTONIA = Fixtures.state("Estonia", "EST");
    static final Actor LATVIA = Fixtures.state("Latvia", "LVA");
    static final Actor LITHUANIA = Fixtures.state("Lithuania", "LTU");
    static final Actor DENMARK = Fixtures.state("Denmark", "DNK");

    private static boolean inserted;

    @BeforeAll
    static void facts() throws Exception {
        if (inserted) {
            return;
        }
        inserted = true;
        Fixtures.deal("qf-d1", "2022-02-10", List.of(ESTONIA, LATVIA)).value(50_000_000L, "EUR").category("arms")
                .source("qf-a1", "Estonia and Latvia signed a 50 million euro radar order.", 0).insert();
        Fixtures.deal("qf-d2", "2023", List.of(ESTONIA, LATVIA)).value(900_000_000L, "EUR").category("trade")
                .source("qf-a2", "Tallinn and Riga concluded a 900 million euro power line deal in 2023.", 0)
                .source("qf-a3", "The 2023 power line deal between Estonia and Latvia was worth 900 million euros.", 0)
                .source("qf-a4", "Riga signed the power line contract with Tallinn.", 0)
                .insert();
        Fixtures.deal("qf-d3", "2024-07", List.of(ESTONIA, LITHUANIA)).value(300_000_000L, "USD").category("arms")
                .source("qf-a5", "Estonia bought 300 million dollars of shells from Lithuania in July.", 0)
                .source("qf-a6", "Vilnius sold shells worth 300 million dollars to Tallinn.", 0)
                .insert();
        Fixtures.deal("qf-d4", null, List.of(LATVIA, LITHUANIA)).category("cooperation")
                .source("qf-a7", "Latvia and Lithuania signed a border cooperation declaration.", 0).insert();
        Fixtures.deal("qf-d5", "2021-11", List.of(ESTONIA, DENMARK)).value(20_000_000L, "EUR").category("arms")
                .source("qf-a8", "Denmark ordered 20 million euros of drones from Estonia.", 0).insert();
        Fixtures.exercise("qf-x1", "2024-09", List.of(ESTONIA, LATVIA, LITHUANIA)).name("Amber Shield")
                .location("Riga").source("qf-a9", "The three Baltic armies held Amber Shield near Riga.", 0).insert();
        Fixtures.recognition("qf-r1", "2020", ESTONIA, Actor.other("Freedonia"))
                .source("qf-a10", "Estonia does not recognise Freedonia.", 0).insert();
        Fixtures.recognition("qf-r2", "2021", LATVIA, ESTONIA)
                .source("qf-a11", "Latvia refuses to recognise Estonia's new maritime claim as a state.", 0).insert();
    }

    private static List<String> ids(String path) {
        return given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(200).extract().jsonPath().getList("items.factId", String.class);
    }

    @Test
    void twoActorsSelectAPair() {
        assertThat(ids("/deals?actor=EST&actor=LVA")).containsExactlyInAnyOrder("qf-d1", "qf-d2");
        assertThat(ids("/deals?pair=LVA,EST")).containsExactlyInAnyOrder("qf-d1", "qf-d2");
        assertThat(ids("/deals?actor=EST,LTU")).containsExactly("qf-d3");
        assertThat(ids("/facts?pair=EST,LVA")).containsExactlyInAnyOrder("qf-d1", "qf-d2", "qf-x1", "qf-r2");
    }

    @Test
    void dateRangeOverlapsTheFactsDates() {
        assertThat(ids("/deals?actor=EST&from=2023&to=2024-06")).containsExactly("qf-d2");
        assertThat(ids("/deals?actor=EST&from=2022-02-10&to=2022-02-10")).containsExactly("qf-d1");
        assertThat(ids("/deals?actor=EST&from=2023-12-31")).containsExactlyInAnyOrder("qf-d2", "qf-d3");
        assertThat(ids("/deals?actor=LTU&to=2030")).containsExactly("qf-d3");
    }

    @Test
    void categoryValueAndCorroborationFilters() {
        assertThat(ids("/deals?actor=EST&category=arms")).containsExactlyInAnyOrder("qf-d1", "qf-d3", "qf-d5");
        assertThat(ids("/deals?actor=EST&minValue=50000000&currency=EUR")).containsExactlyInAnyOrder("qf-d1", "qf-d2");
        assertThat(ids("/deals?actor=EST&currency=usd")).containsExactly("qf-d3");
        assertThat(ids("/deals?actor=EST&minSources=2")).containsExactlyInAnyOrder("qf-d2", "qf-d3");
        assertThat(ids("/deals?actor=EST&minSources=3")).containsExactly("qf-d2");
    }

    @Test
    void sortOrdersWithMissingKeysLast() {
        assertThat(ids("/deals?actor=LVA&sort=date")).containsExactly("qf-d1", "qf-d2", "qf-d4");
        assertThat(ids("/deals?actor=LVA&sort=-date")).containsExactly("qf-d2", "qf-d1", "qf-d4");
        assertThat(ids("/deals?actor=EST&currency=EUR&sort=-value")).containsExactly("qf-d2", "qf-d1", "qf-d5");
        assertThat(ids("/deals?actor=LVA&sort=value")).containsExactly("qf-d1", "qf-d2", "qf-d4");
        assertThat(ids("/deals?actor=EST&sort=-sources").get(0)).isEqualTo("qf-d2");
        assertThat(ids("/deals?actor=EST&sort=sources").get(3)).isEqualTo("qf-d2");
    }

    @Test
    void cursorPagesThroughEveryFactOnceInOrder() {
        for (String sort : List.of("date", "-date", "value", "-value", "sources", "-sources")) {
            List<String> all = ids("/deals?actor=EST&sort=" + sort + "&limit=500");
            List<String> paged = new ArrayList<>();
            String next = "/deals?actor=EST&sort=" + sort + "&limit=1";
            int pages = 0;
            while (next != null) {
                JsonPath page = given().urlEncodingEnabled(false).when().get(next)
                        .then().statusCode(200).extract().jsonPath();
                paged.addAll(page.getList("items.factId", String.class));
                assertThat(page.getInt("limit")).isEqualTo(1);
                next = page.getString("next");
                pages++;
                assertThat(pages).as("pages for sort %s", sort).isLessThanOrEqualTo(all.size());
            }
            assertThat(paged).as("sort %s", sort).containsExactlyElementsOf(all).hasSize(4);
        }
    }

    @Test
    void theNextLinkKeepsTheFiltersAndCarriesTheCursor() {
        given().when().get("/deals?actor=EST&category=arms&limit=2")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(2))
                .body("next", startsWith("/deals?"))
                .body("next", org.hamcrest.Matchers.containsString("category=arms"))
                .body("next", org.hamcrest.Matchers.containsString("cursor="));
        given().when().get("/deals?actor=EST&category=arms&limit=3")
                .then().statusCode(200).body("nextCursor", nullValue()).body("next", nullValue());
    }

    @Test
    void aCursorOfAnotherSortIsRejected() {
        String cursor = given().when().get("/deals?actor=EST&sort=value&limit=1")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("cursor", cursor).queryParam("sort", "-date").when().get("/deals")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("cursor"));
    }

    @Test
    void relationOfAPairHasDealsExercisesAndBothRecognitionDirections() {
        given().when().get("/relations/EST/LVA")
                .then().statusCode(200)
                .body("a", equalTo("EST")).body("b", equalTo("LVA"))
                .body("aName", equalTo("Estonia"))
                .body("deals.count", equalTo(2))
                .body("deals.facts.factId", contains("qf-d2", "qf-d1"))
                .body("deals.totals.currency", contains("EUR"))
                .body("deals.totals[0].amount", equalTo(950_000_000))
                .body("deals.totals[0].deals", equalTo(2))
                .body("exercises.facts.factId", contains("qf-x1"))
                .body("recognition.withholds.facts", empty())
                .body("recognition.withheldBy.facts.factId", contains("qf-r2"))
                .body("deals.more", equalTo("/deals?pair=EST,LVA"));
    }

    @Test
    void profileTotalsDealsPerCurrencyAndListsPartners() {
        given().when().get("/actors/EST")
                .then().statusCode(200)
                .body("deals.count", equalTo(4))
                .body("deals.totals.currency", contains("EUR", "USD"))
                .body("deals.totals[0].amount", equalTo(970_000_000))
                .body("deals.totals[1].amount", equalTo(300_000_000))
                .body("partners[0].key", equalTo("LVA"))
                .body("partners[0].total", equalTo(4))
                .body("partners.key", containsInAnyOrder("LVA", "LTU", "DNK", "freedonia"))
                .body("recognition.withholds.facts.factId", contains("qf-r1"))
                .body("recognition.withheldBy.facts.factId", contains("qf-r2"));
        given().queryParam("limit", 1).when().get("/actors/EST")
                .then().statusCode(200)
                .body("deals.count", equalTo(4))
                .body("deals.facts", org.hamcrest.Matchers.hasSize(1));
    }
}
