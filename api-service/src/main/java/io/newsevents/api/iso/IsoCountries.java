package io.newsevents.api.iso;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ISO 3166-1 alpha-3 codes the API accepts, with an English short name for each.
 * Taken from the JDK's copy of ISO 3166 (249 codes), so no resource file has to be kept in sync.
 */
public final class IsoCountries {

    private static final Map<String, String> NAMES = load();

    private IsoCountries() {
    }

    private static Map<String, String> load() {
        Map<String, String> names = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            names.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
        }
        return Collections.unmodifiableMap(names);
    }

    /** True when {@code iso3} (upper case) is an assigned ISO 3166-1 alpha-3 code. */
    public static boolean isKnown(String iso3) {
        return iso3 != null && NAMES.containsKey(iso3);
    }

    public static Optional<String> name(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : NAMES.get(iso3));
    }

    public static Map<String, String> all() {
        return NAMES;
    }
}
