package io.newsevents.events;

import java.util.Locale;

/**
 * A party to an event: a state, an organization (company, ministry, armed force, alliance) or another entity.
 * For a state {@code iso3} is its ISO 3166-1 alpha-3 code; for an organization the state it belongs to;
 * {@code null} where there is none.
 */
public record Actor(String name, String iso3, String kind) {

    public static final String STATE = "state";
    public static final String ORGANIZATION = "organization";
    public static final String OTHER = "other";

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
    }

    public static Actor state(String name, String iso3) {
        return new Actor(name, iso3, STATE);
    }

    public static Actor organization(String name, String iso3) {
        return new Actor(name, iso3, ORGANIZATION);
    }

    public static Actor other(String name) {
        return new Actor(name, null, OTHER);
    }

    /** The key scoring and fact identity compare: the ISO code when there is one, else the case-folded name. */
    public String key() {
        return iso3 != null ? iso3 : name.toLowerCase(Locale.ROOT);
    }
}
