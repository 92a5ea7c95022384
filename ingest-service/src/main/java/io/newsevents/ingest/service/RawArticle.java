package io.newsevents.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed but not yet validated article of a batch.
 *
 * @param index 0-based position in the batch
 * @param line  1-based line of the body for JSON lines input, else null
 * @param node  the parsed JSON value
 */
public record RawArticle(int index, Integer line, JsonNode node) {
}
