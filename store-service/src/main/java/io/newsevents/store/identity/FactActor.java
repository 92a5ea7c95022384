package io.newsevents.store.identity;

/** An actor of a projected fact with its role (party, participant, withholder, target) and order within the role. */
public record FactActor(String role, String actorKey, String name, String iso3, String kind, int position) {

    public static final String PARTY = "party";
    public static final String PARTICIPANT = "participant";
    public static final String WITHHOLDER = "withholder";
    public static final String TARGET = "target";
}
