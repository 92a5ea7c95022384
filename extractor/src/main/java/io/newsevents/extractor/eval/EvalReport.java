package io.newsevents.extractor.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring predictions against a gold set.
 *
 * @param byType          counts per event type, in {@link Fact#TYPES} order
 * @param overall         micro-averaged counts over all types
 * @param optionalMatched predictions matched to optional gold events, per type (neither hits nor false alarms)
 * @param predictedByType number of predictions per type
 * @param goldByType      required gold events per type
 */
public record EvalReport(
        int articles,
        int goldRequired,
        int goldOptional,
        int predictions,
        Map<String, Counts> byType,
        Counts overall,
        Map<String, Integer> optionalMatched,
        Map<String, Integer> predictedByType,
        Map<String, Integer> goldByType,
        AttributeScore value,
        AttributeScore date,
        AttributeScore name,
        List<Match> matches,
        List<Miss> misses,
        List<FalseAlarm> falseAlarms) {

    /** A prediction matched to a gold event (required or optional). */
    public record Match(GoldEvent gold, Fact predicted, String eventId) {
    }

    /** A required gold event no prediction matched, with a hint about the nearest prediction. */
    public record Miss(GoldEvent gold, String hint) {
    }

    /** A prediction that matched no gold event, with the reason. */
    public record FalseAlarm(Fact predicted, String eventId, String reason) {
    }
}
