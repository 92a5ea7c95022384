package io.newsevents.api.rest;

import jakarta.ws.rs.core.UriInfo;

/** Builds relative links to other pages of the same request. */
final class Links {

    private Links() {
    }

    /** The request's path and query with {@code name} set to {@code value} (replacing any earlier value). */
    static String withParam(UriInfo uri, String name, String value) {
        String full = uri.getRequestUriBuilder().replaceQueryParam(name, value).build().toString();
        String base = uri.getBaseUri().toString();
        String relative = full.startsWith(base) ? full.substring(base.length()) : full;
        return relative.startsWith("/") ? relative : "/" + relative;
    }
}
