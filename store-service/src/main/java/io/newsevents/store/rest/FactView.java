package io.newsevents.store.rest;

import io.newsevents.events.Evidence;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.store.identity.Claim;
import io.newsevents.store.identity.FactActor;
import io.newsevents.store.identity.ProjectedFact;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A fact as the admin endpoints show it (the same shape whether it comes from the projection or a log replay). */
public record FactView(String factId, String type, String date, String category, Long valueAmount,
                       String valueCurrency, List<String> items, String name, String location, int sourceCount,
                       Instant firstSeen, Instant lastSeen, List<ActorView> actors, List<SourceView> sources) {

    public record ActorView(String role, String key, String name, String iso3, String kind) {
    }

    public record SourceView(String eventId, String articleId, Evidence evidence, double confidence, String date,
                             ExtractorInfo extractor, Instant recordedAt) {
    }

    public static FactView of(ProjectedFact f) {
        return new FactView(f.factId(), f.type(), f.date(), f.category(), f.valueAmount(), f.valueCurrency(),
                f.items(), f.name(), f.location(), f.sourceCount(), f.firstSeen(), f.lastSeen(),
                f.actors().stream().map(FactView::actor).collect(Collectors.toList()),
                f.sources().stream().map(FactView::source).collect(Collectors.toList()));
    }

    private static ActorView actor(FactActor a) {
        return new ActorView(a.role(), a.actorKey(), a.name(), a.iso3(), a.kind());
    }

    private static SourceView source(Claim c) {
        return new SourceView(c.eventId(), c.articleId(), c.event().evidence(), c.event().confidence(),
                c.event().date(), c.event().extractor(), c.recordedAt());
    }
}
