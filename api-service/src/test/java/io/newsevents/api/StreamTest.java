package io.newsevents.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Actor;
import io.newsevents.events.Json;
import io.newsevents.stack.LocalStackResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.sse.InboundSseEvent;
import jakarta.ws.rs.sse.SseEventSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The live stream, read with a real SSE client (JAX-RS SseEventSource) against the real database: live delivery,
 * filters, resuming with Last-Event-ID without a gap or a repeat, and a smaller position committed late.
 * Invented Central European facts (Poland, Czechia, Slovakia, Hungary, Austria) no other test class uses.
 */
@QuarkusTest
@WithTestResource(LocalStackResource.class)
class StreamTest {

    static final Actor POLAND = Fixtures.state("Poland", "POL");
    static final Actor CZECHIA = Fixtures.state("Czechia", "CZE");
    static final Actor SLOVAKIA = Fixtures.state("Slovakia", "SVK");
    static final Actor HUNGARY = Fixtures.state("Hungary", "HUN");
    static final Actor AUSTRIA = Fixtures.state("Austria", "AUT");

    @TestHTTPResource("/stream")
    URI streamUri;

    private final List<Client> clients = new ArrayList<>();
    private final List<SseEventSource> sources = new ArrayList<>();
    private static int counter;

    @AfterEach
    void close() {
        sources.forEach(SseEventSource::close);
        clients.forEach(Client::close);
    }

    /** A received event: SSE id, name and parsed data. */
    record Received(long id, String name, JsonNode data) {
    }

    /** Opens a stream; {@code lastEventId} (may be null) is sent as the Last-Event-ID header. */
    private List<Received> open(String query, String lastEventId) {
        Client client = ClientBuilder.newClient();
        if (lastEventId != null) {
            client.register((ClientRequestFilter) request -> request.getHeaders().putSingle("Last-Event-ID", lastEventId));
        }
        clients.add(client);
        SseEventSource source = SseEventSource.target(client.target(streamUri.toString() + query))
                .reconnectingEvery(200, TimeUnit.MILLISECONDS).build();
        sources.add(source);
        List<Received> received = new CopyOnWriteArrayList<>();
        source.register((InboundSseEvent event) -> {
            if (event.getId() != null && event.readData() != null && !event.readData().isEmpty()) {
                received.add(new Received(Long.parseLong(event.getId()), event.getName(),
                        Json.read(event.readData(), JsonNode.class)));
            }
        });
        source.open();
        return received;
    }

    /** The stream position every fact list already reflects. */
    private static long position() {
        return Long.parseLong(given().when().get("/facts?limit=1").then().statusCode(200)
                .extract().header("X-Stream-Position"));
    }

    private static String id(String prefix) {
        return "st-" + prefix + "-" + (++counter);
    }

    private static List<Long> ids(List<Received> received) {
        List<Long> ids = new ArrayList<>();
        received.forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Test
    void aNewFactArrivesLiveWithItsPositionAsIdAndItsSources() throws Exception {
        List<Received> received = open("?actor=POL&after=" + position(), null);
        String factId = id("deal");
        List<Long> positions = Fixtures.deal(factId, "2025-03", List.of(POLAND, CZECHIA))
                .value(70_000_000L, "PLN").category("trade")
                .source("st-article-1", "Poland and Czechia signed a 70 million zloty rail deal.", 0)
                .insert();

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 1);
        Received event = received.get(0);
        assertThat(event.id()).isEqualTo(positions.get(0));
        assertThat(event.name()).isEqualTo("DealSigned");
        assertThat(event.data().path("position").asLong()).isEqualTo(positions.get(0));
        assertThat(event.data().path("articleId").asText()).isEqualTo("st-article-1");
        assertThat(event.data().path("fact").path("factId").asText()).isEqualTo(factId);
        assertThat(event.data().path("fact").path("sources").get(0).path("evidence").path("text").asText())
                .isEqualTo("Poland and Czechia signed a 70 million zloty rail deal.");
    }

    @Test
    void filtersByTypeAndActor() throws Exception {
        List<Received> received = open("?type=ExerciseHeld&actor=SVK&after=" + position(), null);
        Fixtures.deal(id("deal"), "2025", List.of(SLOVAKIA, HUNGARY))
                .source("st-article-2", "Slovakia and Hungary signed a gas deal.", 0).insert();
        Fixtures.exercise(id("ex"), "2025", List.of(HUNGARY, AUSTRIA)).name("Danube Guard")
                .source("st-article-2", "Hungary and Austria held Danube Guard.", 50).insert();
        String wanted = id("ex");
        List<Long> wantedPositions = Fixtures.exercise(wanted, "2025", List.of(SLOVAKIA, AUSTRIA)).name("Tatra Step")
                .source("st-article-2", "Slovak and Austrian troops held Tatra Step.", 100).insert();
        // a later event for a marker: once it is delivered, the earlier ones have been decided
        List<Long> marker = Fixtures.exercise(id("ex"), "2025", List.of(SLOVAKIA)).name("Marker")
                .source("st-article-2", "Slovakia held Marker alone.", 150).insert();

        await().atMost(Duration.ofSeconds(10)).until(() -> ids(received).contains(marker.get(0)));
        assertThat(ids(received)).containsExactly(wantedPositions.get(0), marker.get(0));
        assertThat(received.get(0).data().path("fact").path("factId").asText()).isEqualTo(wanted);
    }

    @Test
    void resumingWithLastEventIdGetsEveryMissedEventOnceThenLiveOnes() throws Exception {
        List<Received> first = open("?actor=HUN&after=" + position(), null);
        long a = Fixtures.deal(id("deal"), "2025-01", List.of(HUNGARY, POLAND))
                .source("st-article-3", "Hungary and Poland signed an ammunition deal.", 0).insert().get(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(first).contains(a));
        sources.get(0).close();

        // while the client is away
        long b = Fixtures.deal(id("deal"), "2025-02", List.of(HUNGARY, AUSTRIA))
                .source("st-article-4", "Hungary and Austria signed a water treaty.", 0).insert().get(0);
        long c = Fixtures.recognition(id("rec"), "2025", HUNGARY, Actor.other("Ruritania"))
                .source("st-article-4", "Hungary does not recognise Ruritania.", 60).insert().get(0);

        List<Received> resumed = open("?actor=HUN", Long.toString(a));
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(resumed).contains(c));
        long d = Fixtures.exercise(id("ex"), "2025-03", List.of(HUNGARY)).name("Puszta Wind")
                .source("st-article-5", "Hungary held Puszta Wind.", 0).insert().get(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(resumed).contains(d));

        assertThat(ids(resumed)).containsExactly(b, c, d);
        assertThat(resumed.get(1).name()).isEqualTo("RecognitionWithheld");
        assertThat(resumed.get(1).data().path("fact").path("withholder").path("iso3").asText()).isEqualTo("HUN");
    }

    @Test
    void aSmallerPositionCommittedLateIsStillSentAndInOrder() throws Exception {
        List<Received> received = open("?actor=AUT&after=" + position(), null);
        long early;
        long late;
        try (Connection slow = Fixtures.connect()) {
            slow.setAutoCommit(false);
            early = Fixtures.deal(id("deal"), "2025-04", List.of(AUSTRIA, CZECHIA))
                    .source("st-article-6", "Austria and Czechia signed a tunnel contract.", 0).insert(slow).get(0);
            late = Fixtures.deal(id("deal"), "2025-05", List.of(AUSTRIA, SLOVAKIA))
                    .source("st-article-7", "Austria and Slovakia signed a bridge contract.", 0).insert().get(0);
            assertThat(late).isGreaterThan(early);

            // the committed larger position is held back while the smaller one may still commit
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(received::isEmpty);
            slow.commit();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2);
        assertThat(ids(received)).containsExactly(early, late);
    }

    @Test
    void aRolledBackPositionDoesNotStopTheStream() throws Exception {
        List<Received> received = open("?actor=CZE&after=" + position(), null);
        try (Connection aborted = Fixtures.connect()) {
            aborted.setAutoCommit(false);
            Fixtures.deal(id("deal"), "2025", List.of(CZECHIA, POLAND))
                    .source("st-article-8", "Czechia and Poland signed nothing after all.", 0).insert(aborted);
            long after = Fixtures.deal(id("deal"), "2025", List.of(CZECHIA, HUNGARY))
                    .source("st-article-9", "Czechia and Hungary signed a grid deal.", 0).insert().get(0);
            aborted.rollback();
            await().atMost(Duration.ofSeconds(10)).until(() -> ids(received).contains(after));
            assertThat(ids(received)).containsExactly(after);
        }
    }

    @Test
    void theWireFormatIsPlainSseAndHonoursTheLastEventIdHeader() throws Exception {
        long before = position();
        String factId = id("deal");
        long position = Fixtures.deal(factId, "2025-06", List.of(Fixtures.state("Slovenia", "SVN"), AUSTRIA))
                .source("st-article-10", "Slovenia and Austria signed a hydropower deal.", 0).insert().get(0);
        HttpRequest request = HttpRequest.newBuilder(streamUri.resolve("/stream?actor=SVN"))
                .header("Last-Event-ID", Long.toString(before)).build();
        List<String> lines = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            try (Stream<String> body = response.body()) {
                Iterator<String> it = body.iterator();
                while (it.hasNext()) {
                    String line = it.next();
                    lines.add(line);
                    if (line.startsWith("data:") && line.contains(factId)) {
                        break;
                    }
                }
            }
        });
        assertThat(lines).contains("id:" + position, "event:DealSigned")
                .noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type"));
    }

    @Test
    void aBadLastEventIdIsA400() {
        given().header("Last-Event-ID", "yesterday").when().get("/stream")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
