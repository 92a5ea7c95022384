package io.newsevents.extractor.eval;

import io.newsevents.events.Actor;
import io.newsevents.events.Money;

import java.util.List;
import java.util.Locale;

/**
 * The matching rules of EVENTS.md ("Gold sets and scoring"), one method per rule, so the scorer and its tests
 * state them once.
 */
public final class MatchRules {

    /** Relative tolerance on amounts, against the gold amount. */
    public static final double VALUE_TOLERANCE = 0.02;

    private MatchRules() {
    }

    /** Two actors are the same when both ISO codes agree if both have one, else when the case-folded names agree. */
    public static boolean sameActor(Actor a, Actor b) {
        String isoA = blankToNull(a.iso3());
        String isoB = blankToNull(b.iso3());
        if (isoA != null && isoB != null) {
            return isoA.equalsIgnoreCase(isoB);
        }
        return fold(a.name()).equals(fold(b.name()));
    }

    /**
     * Actor lists compared as sets of keys: every actor on one side is the same actor as some actor on the other
     * side, and the other way round. Repeats collapse, as they do in a set ("Poland" and "PGZ" are {POL}).
     */
    public static boolean sameActorSet(List<Actor> gold, List<Actor> predicted) {
        if (gold.isEmpty() || predicted.isEmpty()) {
            return gold.isEmpty() && predicted.isEmpty();
        }
        return covers(gold, predicted) && covers(predicted, gold);
    }

    /** The same ordered pair (withholder, target): first with first, second with second. */
    public static boolean sameOrderedPair(Actor goldFirst, Actor goldSecond, Actor predFirst, Actor predSecond) {
        if (goldFirst == null || goldSecond == null || predFirst == null || predSecond == null) {
            return false;
        }
        return sameActor(goldFirst, predFirst) && sameActor(goldSecond, predSecond);
    }

    /** Where both give a value, the amounts agree within 2 % of the gold amount; otherwise no constraint. */
    public static boolean valuesCompatible(Money gold, Money predicted) {
        if (gold == null || predicted == null) {
            return true;
        }
        return amountsAgree(gold.amount(), predicted.amount());
    }

    /** |predicted - gold| <= 2 % of |gold|. */
    public static boolean amountsAgree(long gold, long predicted) {
        double diff = Math.abs((double) predicted - (double) gold);
        return diff <= VALUE_TOLERANCE * Math.abs((double) gold) + 1e-9;
    }

    /** Where both give a year, the years agree; otherwise no constraint. */
    public static boolean yearsCompatible(String goldDate, String predictedDate) {
        Integer g = year(goldDate);
        Integer p = year(predictedDate);
        return g == null || p == null || g.equals(p);
    }

    /** The year of {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; {@code null} when there is none. */
    public static Integer year(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(date.charAt(i))) {
                return null;
            }
        }
        if (date.length() > 4 && date.charAt(4) != '-') {
            return null;
        }
        return Integer.parseInt(date.substring(0, 4));
    }

    /** Attribute accuracy for a value: both given, same currency, amounts within 2 %. */
    public static boolean valueAgrees(Money gold, Money predicted) {
        return gold != null && predicted != null
                && fold(nullToEmpty(gold.currency())).equals(fold(nullToEmpty(predicted.currency())))
                && amountsAgree(gold.amount(), predicted.amount());
    }

    /** Attribute accuracy for a name: both given and equal after case folding and whitespace normalisation. */
    public static boolean nameAgrees(String gold, String predicted) {
        return gold != null && predicted != null && fold(gold).equals(fold(predicted));
    }

    /** Case-folded, whitespace-collapsed, curly apostrophes straightened. */
    public static String fold(String s) {
        return s.replace('\u2019', '\'').replaceAll("[\\s\\u00A0\\u202F]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean covers(List<Actor> all, List<Actor> by) {
        for (Actor a : all) {
            boolean found = false;
            for (Actor b : by) {
                if (sameActor(a, b)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
