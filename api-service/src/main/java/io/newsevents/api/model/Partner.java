package io.newsevents.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another actor that shares facts with the profiled state, with counts per fact type. */
public record Partner(
        @Schema(description = "ISO code, or the case-folded name for an actor without one") String key,
        @Schema(nullable = true) String iso3,
        String name,
        long deals,
        long exercises,
        long recognitions,
        long total) {
}
