package io.newsevents.store.service;

import io.newsevents.events.Actor;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.newsevents.store.Fixtures.TURKEY;
import static io.newsevents.store.Fixtures.TURKIYE;
import static io.newsevents.store.Fixtures.V1;
import static io.newsevents.store.Fixtures.deal;
import static io.newsevents.store.Fixtures.recognition;
import static io.newsevents.store.Fixtures.usd;
import static io.newsevents.store.StoreTestSupport.count;
import static io.newsevents.store.StoreTestSupport.factsWith;
import static io.newsevents.store.StoreTestSupport.publish;
import static io.newsevents.store.StoreTestSupport.rows;
import static io.newsevents.store.StoreTestSupport.uniqueArticle;
import static io.newsevents.store.StoreTestSupport.uniqueOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The hard cases of fact identity, through Kafka into the projection. */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class FactIdentityStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void twoDifferentDealsBetweenTheSamePairInOneYearStayTwoFacts() {
        Actor maker = uniqueOrganization("Gunworks");
        Actor norway = Actor.state("Norway", "NOR");
        publish(deal(uniqueArticle("pair"), "2023-02", usd(120_000_000L), List.of(), V1, maker, norway));
        publish(deal(uniqueArticle("pair"), "2023-11", usd(640_000_000L), List.of(), V1, norway, maker));
        await().atMost(WAIT).until(() -> sourcesOf(maker) == 2);
        List<Map<String, Object>> facts = factsWith(maker.key());
        assertThat(facts).extracting(f -> f.get("value_amount")).containsExactlyInAnyOrder(120_000_000L, 640_000_000L);
        assertThat(facts).extracting(f -> f.get("source_count")).containsOnly(1);
    }

    @Test
    void oneDealReportedWithAndWithoutItsValueIsOneFact() {
        Actor maker = uniqueOrganization("Aeroworks");
        Actor chile = Actor.state("Chile", "CHL");
        publish(deal(uniqueArticle("novalue"), "2022", null, List.of("trainer jets"), V1, chile, maker));
        publish(deal(uniqueArticle("value"), "2022-07", usd(88_000_000L), List.of(), V1, maker, chile));
        await().atMost(WAIT).until(() -> sourcesOf(maker) == 2);
        List<Map<String, Object>> facts = factsWith(maker.key());
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).get("value_amount")).isEqualTo(88_000_000L);
        assertThat(facts.get(0).get("items").toString()).contains("trainer jets");
        assertThat(facts.get(0).get("source_count")).isEqualTo(2);
    }

    @Test
    void turkiyeInOneArticleAndTurkeyInAnotherAreOneFact() {
        Actor target = uniqueOrganization("Enclave");
        String first = uniqueArticle("turkiye");
        String second = uniqueArticle("turkey");
        publish(recognition(first, V1, TURKIYE, target));
        publish(recognition(second, V1, TURKEY, target));
        await().atMost(WAIT).until(() -> sourcesOf(target) == 2);
        List<Map<String, Object>> facts = factsWith(target.key());
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).get("source_count")).isEqualTo(2);
        assertThat(rows("SELECT withholder_iso3, target_key FROM non_recognition WHERE target_key = ?", target.key()))
                .extracting(r -> r.get("withholder_iso3")).containsExactly("TUR");
    }

    private static long sourcesOf(Actor actor) {
        return count("SELECT count(*) FROM fact_source WHERE fact_id IN"
                + " (SELECT fact_id FROM fact_actor WHERE actor_key = ?)", actor.key());
    }
}
