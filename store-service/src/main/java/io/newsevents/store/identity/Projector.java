package io.newsevents.store.identity;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.Hashing;
import io.newsevents.events.Money;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the active claims of one fact group into facts. A pure function of the set of claims: the order claims
 * arrived in does not matter, so the live projection, a rebuild and an as-of replay all give the same facts.
 *
 * <p>Claims are clustered greedily, most specific first (a deal with a value before one without, a precise date
 * before a vague one, a more confident one before a less confident one, then by event id); a fact takes its value,
 * date, name and category from the first claim that gives them. A claim joins the compatible cluster it matches best, or starts a new one:
 * <ul>
 *   <li>any two claims must agree on the year when both are dated;</li>
 *   <li>DealSigned: values that both exist in the same currency must agree within 2 % (else two deals); when the
 *       values cannot be compared (one is missing, or currencies differ) item lists that both exist must
 *       overlap. A matching value scores highest, then overlapping items, then the same known year;</li>
 *   <li>ExerciseHeld without a name: dates must be compatible (one a prefix of the other);</li>
 *   <li>RecognitionWithheld: one fact per (withholder, target).</li>
 * </ul>
 */
public final class Projector {

    static final double VALUE_TOLERANCE = 0.02;

    private static final Comparator<Claim> SPECIFIC_FIRST = Comparator
            .comparing((Claim c) -> value(c.event()) == null)
            .thenComparing(c -> -FactIdentity.precision(c.event().date()))
            .thenComparing(c -> -c.event().confidence())
            .thenComparing(Claim::eventId);

    private static final Comparator<Claim> BY_RECORDING = Comparator.comparing(Claim::recordedAt)
            .thenComparing(Claim::eventId);

    private Projector() {
    }

    public static List<ProjectedFact> project(String groupKey, Collection<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(SPECIFIC_FIRST);
        List<Cluster> clusters = new ArrayList<>();
        for (Claim claim : sorted) {
            Cluster best = null;
            int bestScore = -1;
            for (Cluster cluster : clusters) {
                int score = cluster.score(claim);
                if (score > bestScore) {
                    best = cluster;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster(groupKey);
                clusters.add(best);
            }
            best.add(claim);
        }
        List<ProjectedFact> facts = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            facts.add(cluster.toFact());
        }
        return facts;
    }

    /** Whether two amounts in the same currency are the same figure as reported by different articles. */
    public static boolean valuesAgree(long a, long b) {
        long max = Math.max(Math.abs(a), Math.abs(b));
        return max == 0 || Math.abs(a - b) <= VALUE_TOLERANCE * max;
    }

    private static Money value(NewsEvent event) {
        return event instanceof DealSigned ? ((DealSigned) event).value() : null;
    }

    private static final class Cluster {
        private final String groupKey;
        private final List<Claim> members = new ArrayList<>();
        private Integer year;
        private String date;
        private Money value;
        private final Map<String, String> items = new LinkedHashMap<>();
        private String category;
        private String name;
        private String location;

        Cluster(String groupKey) {
            this.groupKey = groupKey;
        }

        /** -1 when the claim cannot be this fact, else how well it matches (higher is better). */
        int score(Claim claim) {
            NewsEvent event = claim.event();
            if (event instanceof RecognitionWithheld) {
                return 0;
            }
            Integer claimYear = FactIdentity.year(event);
            if (year != null && claimYear != null && !year.equals(claimYear)) {
                return -1;
            }
            int score = year != null && year.equals(claimYear) ? 1 : 0;
            if (event instanceof ExerciseHeld) {
                boolean unnamed = groupKey.startsWith("E|p|");
                return unnamed && !FactIdentity.datesCompatible(date, event.date()) ? -1 : score;
            }
            DealSigned deal = (DealSigned) event;
            boolean valuesComparable = value != null && deal.value() != null
                    && Objects.equals(value.currency(), deal.value().currency());
            if (valuesComparable && !valuesAgree(value.amount(), deal.value().amount())) {
                return -1;
            }
            Boolean overlap = itemsOverlap(deal.items());
            if (!valuesComparable && Boolean.FALSE.equals(overlap)) {
                return -1;
            }
            if (valuesComparable) {
                score += 4;
            }
            if (Boolean.TRUE.equals(overlap)) {
                score += 2;
            }
            return score;
        }

        /** null when either side names no items. */
        private Boolean itemsOverlap(List<String> other) {
            if (items.isEmpty() || other.isEmpty()) {
                return null;
            }
            for (String item : other) {
                if (items.containsKey(FactIdentity.normaliseItem(item))) {
                    return true;
                }
            }
            return false;
        }

        void add(Claim claim) {
            members.add(claim);
            NewsEvent event = claim.event();
            if (year == null) {
                year = FactIdentity.year(event);
            }
            if (FactIdentity.precision(event.date()) > FactIdentity.precision(date)
                    && FactIdentity.datesCompatible(date, event.date())) {
                date = event.date().strip();
            }
            if (event instanceof DealSigned) {
                DealSigned deal = (DealSigned) event;
                if (value == null) {
                    value = deal.value();
                }
                for (String item : deal.items()) {
                    if (item != null && !item.isBlank()) {
                        items.putIfAbsent(FactIdentity.normaliseItem(item), item.strip());
                    }
                }
                if (category == null) {
                    category = deal.category();
                }
            } else if (event instanceof ExerciseHeld) {
                ExerciseHeld exercise = (ExerciseHeld) event;
                if (name == null) {
                    name = blankToNull(exercise.name());
                }
                if (location == null) {
                    location = blankToNull(exercise.location());
                }
            }
        }

        ProjectedFact toFact() {
            List<Claim> sources = new ArrayList<>(members);
            sources.sort(BY_RECORDING);
            String type = members.get(0).event().type();
            String identity = type.equals(RecognitionWithheld.TYPE) ? groupKey
                    : groupKey + '\u001f' + sources.get(0).eventId();
            String factId = "f-" + Hashing.sha256Hex(identity).substring(0, 32);
            LocalDate[] range = FactIdentity.dateRange(date);
            Instant firstSeen = sources.get(0).recordedAt();
            Instant lastSeen = sources.stream().map(Claim::recordedAt).max(Comparator.naturalOrder()).orElseThrow();
            int articles = (int) sources.stream().map(Claim::articleId).distinct().count();
            return new ProjectedFact(factId, type, groupKey, date, range == null ? null : range[0],
                    range == null ? null : range[1], category, value == null ? null : value.amount(),
                    value == null ? null : value.currency(), List.copyOf(items.values()), name, location, articles,
                    firstSeen, lastSeen, actors(), List.copyOf(sources));
        }

        private List<FactActor> actors() {
            NewsEvent first = members.get(0).event();
            List<FactActor> result = new ArrayList<>();
            if (first instanceof RecognitionWithheld) {
                RecognitionWithheld r = (RecognitionWithheld) first;
                result.add(actor(FactActor.WITHHOLDER, r.withholder(), 0));
                result.add(actor(FactActor.TARGET, r.target(), 0));
                return result;
            }
            String role = first instanceof DealSigned ? FactActor.PARTY : FactActor.PARTICIPANT;
            Map<String, Actor> union = new LinkedHashMap<>();
            for (Claim member : members) {
                for (Actor a : member.event().actors()) {
                    union.putIfAbsent(a.key(), a);
                }
            }
            int position = 0;
            for (Actor a : union.values()) {
                result.add(actor(role, a, position++));
            }
            return result;
        }

        private static FactActor actor(String role, Actor a, int position) {
            return new FactActor(role, a.key(), a.name(), a.iso3(), a.kind(), position);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
