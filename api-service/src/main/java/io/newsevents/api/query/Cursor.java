package io.newsevents.api.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page starts: the sort key and fact id of the last fact of the previous page. Opaque to clients
 * (base64url); it names the sort it was made for, so it cannot be reused with another sort.
 */
public record Cursor(Sort sort, String key, String factId) {

    private static final String VERSION = "c1";

    public String encode() {
        String raw = VERSION + "|" + sort.param() + "|" + key + "|" + factId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made for {@code expected}; a malformed cursor or one of another sort is a 400. */
    public static Cursor decode(String encoded, Sort expected) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("cursor", "cursor is not one this API issued");
        }
        String[] parts = raw.split("\\|", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
            throw ApiException.badParameter("cursor", "cursor is not one this API issued");
        }
        if (!expected.param().equals(parts[1])) {
            throw ApiException.badParameter("cursor",
                    "cursor was issued for sort=" + parts[1] + " but the request sorts by " + expected.param());
        }
        try {
            if (expected.kind() == Sort.Kind.DATE) {
                java.time.LocalDate.parse(parts[2]);
            } else {
                Long.parseLong(parts[2]);
            }
        } catch (RuntimeException e) {
            throw ApiException.badParameter("cursor", "cursor is not one this API issued");
        }
        return new Cursor(expected, parts[2], parts[3]);
    }
}
