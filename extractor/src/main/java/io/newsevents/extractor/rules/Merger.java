package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.extractor.dates.DateParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One event per fact per article: merges candidates of the same type and actor set whose value, date, name and
 * items do not contradict, keeping the richest attributes. Weak candidates (one party, or parties only implied)
 * only confirm a fact read elsewhere and are otherwise dropped.
 */
final class Merger {

    private Merger() {
    }

    static List<Candidate> merge(List<Candidate> raw) {
        List<Candidate> facts = new ArrayList<>();
        // strong candidates first, in text order
        for (Candidate c : raw) {
            if (c.weak) {
                continue;
            }
            Candidate into = null;
            for (Candidate f : facts) {
                if (sameFact(f, c)) {
                    into = f;
                    break;
                }
            }
            if (into == null) {
                facts.add(c);
            } else {
                absorb(into, c);
            }
        }
        // weak ones: attach to the closest earlier-or-later fact of the same type that contains their actors
        for (Candidate c : raw) {
            if (!c.weak) {
                continue;
            }
            Candidate best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Candidate f : facts) {
                if (!f.type.equals(c.type) || !containsAll(f, c)) {
                    continue;
                }
                if (c.valueOnly ? f.value != null || c.sentenceIndex - f.sentenceIndex != 1 : !compatible(f, c)) {
                    continue;
                }
                int d = Math.abs(f.sentenceIndex - c.sentenceIndex);
                if (d < bestDist && d <= 3) {
                    best = f;
                    bestDist = d;
                }
            }
            if (best != null) {
                absorbAttributes(best, c);
            }
        }
        facts.sort((a, b) -> Integer.compare(a.sentenceIndex, b.sentenceIndex));
        return facts;
    }

    private static boolean containsAll(Candidate f, Candidate c) {
        Set<String> keys = new HashSet<>();
        for (Actor a : f.actors) {
            keys.add(a.key());
        }
        for (Actor a : c.actors) {
            if (!keys.contains(a.key())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameFact(Candidate a, Candidate b) {
        if (!a.type.equals(b.type)) {
            return false;
        }
        if (Candidate.RECOGNITION.equals(a.type)) {
            return a.actorSetKey().equals(b.actorSetKey());
        }
        if (Candidate.EXERCISE.equals(a.type)) {
            boolean sameSet = a.actorSetKey().equals(b.actorSetKey());
            boolean sameName = a.name != null && b.name != null && norm(a.name).equals(norm(b.name));
            if (!sameSet && !sameName) {
                return false; // one named exercise gathers the participants named in any sentence
            }
            if (a.name != null && b.name != null && !sameName) {
                return false;
            }
            return yearsCompatible(a.date, b.date);
        }
        return a.actorSetKey().equals(b.actorSetKey()) && compatible(a, b);
    }

    /** Deal attributes that do not contradict each other. */
    static boolean compatible(Candidate a, Candidate b) {
        if (!yearsCompatible(a.date, b.date)) {
            return false;
        }
        if (!Candidate.DEAL.equals(a.type)) {
            return true;
        }
        if (a.value != null && b.value != null && !valuesClose(a.value.amount(), b.value.amount())) {
            return false;
        }
        boolean aCease = "ceasefire".equals(a.category);
        boolean bCease = "ceasefire".equals(b.category);
        if (aCease != bCease && a.category != null && b.category != null) {
            return false;
        }
        int ya = DateParser.yearOf(a.date);
        int yb = DateParser.yearOf(b.date);
        if (a.value != null && b.value != null && (ya < 0 || yb < 0)) {
            return true; // "EDGE Signs AED 1.65 Billion Contract With Angola" above the dated story of the same sum
        }
        Set<String> da = a.itemKeys;
        Set<String> db = b.itemKeys;
        if (!da.isEmpty() && !db.isEmpty()) {
            boolean overlap = false;
            for (String x : da) {
                if (db.contains(x)) {
                    overlap = true;
                }
            }
            if (!overlap) {
                return false;
            }
            return true;
        }
        if (ya > 0 && yb > 0) {
            // "signed a framework agreement on 8 February 2024 ... in March 2024 the two signed a second agreement":
            // two months of one year are two signings
            return a.date.length() < 7 || b.date.length() < 7 || a.date.substring(0, 7).equals(b.date.substring(0, 7));
        }
        if (a.value != null && b.value != null) {
            return true;
        }
        boolean bareA = a.value == null && ya < 0 && da.isEmpty();
        boolean bareB = b.value == null && yb < 0 && db.isEmpty();
        if (a.fresh || b.fresh) {
            return false;
        }
        return bareA || bareB || Math.abs(a.sentenceIndex - b.sentenceIndex) == 1;
    }

    private static boolean valuesClose(long a, long b) {
        return Math.abs(a - b) <= 0.03 * Math.max(a, b);
    }

    private static boolean yearsCompatible(String a, String b) {
        int ya = DateParser.yearOf(a);
        int yb = DateParser.yearOf(b);
        return ya < 0 || yb < 0 || ya == yb;
    }

    private static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static void absorb(Candidate into, Candidate c) {
        if (Candidate.EXERCISE.equals(into.type)) {
            for (Actor a : c.actors) {
                into.addActor(a);
            }
        }
        absorbAttributes(into, c);
    }

    private static void absorbAttributes(Candidate into, Candidate c) {
        if (into.value == null && c.value != null) {
            into.value = c.value;
        }
        if (c.date != null && (into.date == null || (DateParser.yearOf(into.date) == DateParser.yearOf(c.date)
                && c.date.length() > into.date.length()))) {
            into.date = c.date;
        }
        if (into.name == null && c.name != null) {
            into.name = c.name;
        }
        if (into.location == null && c.location != null) {
            into.location = c.location;
        }
        into.itemKeys.addAll(c.itemKeys);
        for (String item : c.items) {
            if (into.items.size() < 6 && !into.items.contains(item)) {
                into.items.add(item);
            }
        }
        if ("other".equals(into.category) && c.category != null) {
            into.category = c.category;
        }
        into.confidence = Math.round(Math.min(0.98, Math.max(into.confidence, c.confidence) + (c.weak ? 0 : 0.02)) * 100) / 100.0;
    }
}
