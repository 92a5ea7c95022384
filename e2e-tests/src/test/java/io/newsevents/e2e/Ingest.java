package io.newsevents.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Json;
import io.newsevents.stack.Pipeline;
import io.newsevents.stack.Pipeline.Service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Posting one article to the running ingest-service, as the end-to-end tests do. */
final class Ingest {

    private Ingest() {
    }

    /** POSTs one article (JSON), checks the 202 and returns the id ingest gave it. */
    static String postOne(HttpClient http, Pipeline pipeline, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.url(Service.INGEST) + "/articles"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("POST /articles answered %s", r.body()).isEqualTo(202);
        JsonNode ids = Json.MAPPER.readTree(r.body()).path("ids");
        assertThat(ids.size()).as("ids in %s", r.body()).isEqualTo(1);
        return ids.get(0).asText();
    }
}
