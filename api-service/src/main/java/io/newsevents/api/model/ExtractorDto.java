package io.newsevents.api.model;

/** Name and version of the extractor that read a source. */
public record ExtractorDto(String name, String version) {
}
