package io.newsevents.ingest.rest;

import java.util.List;

/** The 202 answer: how many articles Kafka acknowledged, and their ids in input order. */
public record AcceptedArticles(int accepted, List<String> ids) {
}
