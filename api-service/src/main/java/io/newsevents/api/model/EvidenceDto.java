package io.newsevents.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sentence a source states the fact in, with its character offsets [start, end) into the article text. */
@Schema(description = "The evidence sentence and its offsets [start, end) into the article text")
public record EvidenceDto(String text, int start, int end) {
}
