package io.newsevents.events;

/** Name and version of the extractor that produced an event. */
public record ExtractorInfo(String name, String version) {
}
