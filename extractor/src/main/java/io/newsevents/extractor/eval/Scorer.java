package io.newsevents.extractor.eval;

import io.newsevents.events.NewsEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted events against a gold set by the rules of EVENTS.md:
 * a prediction matches a gold event of the same article and type whose actors are the same set (the same ordered
 * pair for RecognitionWithheld), whose amount agrees within 2 % where both give a value, and whose year agrees where
 * both give a year. Matching is one-to-one and maximises first the required gold events matched, then the optional
 * ones (a maximum bipartite matching, augmenting from required gold first). Matching an optional gold event is
 * neither a hit nor a false alarm; missing one is not a miss. Any other prediction, including one that repeats a
 * fact already matched, is a false alarm.
 */
public final class Scorer {

    private Scorer() {
    }

    public static EvalReport score(List<GoldEvent> gold, List<? extends NewsEvent> predicted, int articles) {
        List<Prediction> preds = new ArrayList<>(predicted.size());
        for (NewsEvent e : predicted) {
            preds.add(new Prediction(Fact.of(e), e.eventId()));
        }
        return scoreFacts(gold, preds, articles);
    }

    /** A predicted fact with the id of the event it came from (may be null). */
    public record Prediction(Fact fact, String eventId) {
    }

    public static EvalReport scoreFacts(List<GoldEvent> gold, List<Prediction> predicted, int articles) {
        Map<String, List<GoldEvent>> goldGroups = new LinkedHashMap<>();
        for (GoldEvent g : gold) {
            goldGroups.computeIfAbsent(groupKey(g.fact()), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<Prediction>> predGroups = new LinkedHashMap<>();
        for (Prediction p : predicted) {
            predGroups.computeIfAbsent(groupKey(p.fact()), k -> new ArrayList<>()).add(p);
        }
        Set<String> keys = new LinkedHashSet<>(goldGroups.keySet());
        keys.addAll(predGroups.keySet());

        List<EvalReport.Match> matches = new ArrayList<>();
        List<EvalReport.Miss> misses = new ArrayList<>();
        List<EvalReport.FalseAlarm> falseAlarms = new ArrayList<>();
        for (String key : keys) {
            scoreGroup(goldGroups.getOrDefault(key, List.of()), predGroups.getOrDefault(key, List.of()),
                    matches, misses, falseAlarms);
        }
        return report(gold, predicted, articles, matches, misses, falseAlarms);
    }

    private static String groupKey(Fact f) {
        return f.articleId() + '\u001f' + f.type();
    }

    private static void scoreGroup(List<GoldEvent> golds, List<Prediction> preds, List<EvalReport.Match> matches,
                                   List<EvalReport.Miss> misses, List<EvalReport.FalseAlarm> falseAlarms) {
        // required gold first, then optional, each in file order
        List<GoldEvent> order = new ArrayList<>(golds);
        order.sort(Comparator.comparing(GoldEvent::optional));
        int[][] adjacency = new int[order.size()][];
        for (int g = 0; g < order.size(); g++) {
            Fact gf = order.get(g).fact();
            List<Integer> candidates = new ArrayList<>();
            for (int p = 0; p < preds.size(); p++) {
                if (Fact.matches(gf, preds.get(p).fact())) {
                    candidates.add(p);
                }
            }
            // try the candidates that also agree on the attributes first (stable: then prediction order)
            candidates.sort(Comparator.comparingInt((Integer p) -> -attributeAgreement(gf, preds.get(p).fact())));
            adjacency[g] = candidates.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] goldOfPred = new int[preds.size()];
        Arrays.fill(goldOfPred, -1);
        for (int g = 0; g < order.size(); g++) {
            augment(g, adjacency, goldOfPred, new boolean[preds.size()]);
        }
        int[] predOfGold = new int[order.size()];
        Arrays.fill(predOfGold, -1);
        for (int p = 0; p < preds.size(); p++) {
            if (goldOfPred[p] >= 0) {
                predOfGold[goldOfPred[p]] = p;
            }
        }
        for (int g = 0; g < order.size(); g++) {
            GoldEvent ge = order.get(g);
            if (predOfGold[g] >= 0) {
                Prediction p = preds.get(predOfGold[g]);
                matches.add(new EvalReport.Match(ge, p.fact(), p.eventId()));
            } else if (!ge.optional()) {
                misses.add(new EvalReport.Miss(ge, missHint(ge.fact(), preds)));
            }
        }
        for (int p = 0; p < preds.size(); p++) {
            if (goldOfPred[p] >= 0) {
                continue;
            }
            Prediction pred = preds.get(p);
            String reason = "no gold event with these actors" + (order.isEmpty() ? " (none of this type in the article)" : "");
            for (int g = 0; g < order.size(); g++) {
                if (Fact.matches(order.get(g).fact(), pred.fact())) {
                    reason = "repeats a fact already matched (gold line " + order.get(g).line() + ")";
                    break;
                }
            }
            if (reason.startsWith("no gold")) {
                for (GoldEvent ge : order) {
                    String why = Fact.mismatch(ge.fact(), pred.fact());
                    if (!why.contains("actors")) {
                        reason = "gold line " + ge.line() + " has these actors but the " + why + " disagree";
                        break;
                    }
                }
            }
            falseAlarms.add(new EvalReport.FalseAlarm(pred.fact(), pred.eventId(), reason));
        }
    }

    /** Kuhn's augmenting path from gold {@code g}; matched gold events stay matched. */
    private static boolean augment(int g, int[][] adjacency, int[] goldOfPred, boolean[] visited) {
        for (int p : adjacency[g]) {
            if (visited[p]) {
                continue;
            }
            visited[p] = true;
            if (goldOfPred[p] < 0 || augment(goldOfPred[p], adjacency, goldOfPred, visited)) {
                goldOfPred[p] = g;
                return true;
            }
        }
        return false;
    }

    private static int attributeAgreement(Fact gold, Fact pred) {
        int score = 0;
        if (MatchRules.valueAgrees(gold.value(), pred.value())) {
            score++;
        }
        Integer gy = MatchRules.year(gold.date());
        if (gy != null && gy.equals(MatchRules.year(pred.date()))) {
            score++;
        }
        if (MatchRules.nameAgrees(gold.name(), pred.name())) {
            score++;
        }
        return score;
    }

    private static String missHint(Fact gold, List<Prediction> preds) {
        if (preds.isEmpty()) {
            return "no prediction of this type in the article";
        }
        for (Prediction p : preds) {
            String why = Fact.mismatch(gold, p.fact());
            if (why.isEmpty()) {
                return "a prediction with these actors was matched to another gold event"
                        + (p.eventId() == null ? "" : " (" + p.eventId() + ")");
            }
            if (!why.contains("actors")) {
                return "a prediction has these actors but its " + why + " disagree"
                        + " (value " + ReportFormat.money(p.fact().value()) + ", date " + p.fact().date() + ")";
            }
        }
        return preds.size() + " prediction(s) of this type in the article, none with these actors";
    }

    private static EvalReport report(Collection<GoldEvent> gold, List<Prediction> predicted, int articles,
                                     List<EvalReport.Match> matches, List<EvalReport.Miss> misses,
                                     List<EvalReport.FalseAlarm> falseAlarms) {
        Map<String, int[]> tally = new LinkedHashMap<>(); // tp, fp, fn, optionalMatched, predicted, goldRequired
        for (String t : Fact.TYPES) {
            tally.put(t, new int[6]);
        }
        int required = 0;
        int optional = 0;
        for (GoldEvent g : gold) {
            if (g.optional()) {
                optional++;
            } else {
                required++;
                tally.computeIfAbsent(g.fact().type(), k -> new int[6])[5]++;
            }
        }
        for (Prediction p : predicted) {
            tally.computeIfAbsent(p.fact().type(), k -> new int[6])[4]++;
        }
        AttributeScore value = new AttributeScore(0, 0);
        AttributeScore date = new AttributeScore(0, 0);
        AttributeScore name = new AttributeScore(0, 0);
        for (EvalReport.Match m : matches) {
            int[] t = tally.get(m.gold().fact().type());
            if (m.gold().optional()) {
                t[3]++;
                continue;
            }
            t[0]++;
            Fact g = m.gold().fact();
            Fact p = m.predicted();
            value = value.add(g.value() != null || p.value() != null, MatchRules.valueAgrees(g.value(), p.value()));
            Integer gy = MatchRules.year(g.date());
            Integer py = MatchRules.year(p.date());
            date = date.add(gy != null || py != null, gy != null && gy.equals(py));
            name = name.add(g.name() != null || p.name() != null, MatchRules.nameAgrees(g.name(), p.name()));
        }
        for (EvalReport.Miss m : misses) {
            tally.get(m.gold().fact().type())[2]++;
        }
        for (EvalReport.FalseAlarm f : falseAlarms) {
            tally.get(f.predicted().type())[1]++;
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        Map<String, Integer> optionalMatched = new LinkedHashMap<>();
        Map<String, Integer> predictedByType = new LinkedHashMap<>();
        Map<String, Integer> goldByType = new LinkedHashMap<>();
        Counts overall = Counts.ZERO;
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            Counts c = new Counts(t[0], t[1], t[2]);
            byType.put(e.getKey(), c);
            optionalMatched.put(e.getKey(), t[3]);
            predictedByType.put(e.getKey(), t[4]);
            goldByType.put(e.getKey(), t[5]);
            overall = overall.plus(c);
        }
        return new EvalReport(articles, required, optional, predicted.size(), byType, overall, optionalMatched,
                predictedByType, goldByType, value, date, name, List.copyOf(matches), List.copyOf(misses),
                List.copyOf(falseAlarms));
    }
}
