package io.newsevents.extractor.eval;

import io.newsevents.events.Actor;
import io.newsevents.events.DealSigned;
import io.newsevents.events.Evidence;
import io.newsevents.events.ExerciseHeld;
import io.newsevents.events.ExtractorInfo;
import io.newsevents.events.Money;
import io.newsevents.events.NewsEvent;
import io.newsevents.events.RecognitionWithheld;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Each rule of EVENTS.md "Gold sets and scoring" on tiny hand-made gold and prediction sets. */
class ScorerTest {

    private static final ExtractorInfo X = new ExtractorInfo("test", "1");
    private static final Actor POLAND = Actor.state("Poland", "POL");
    private static final Actor KOREA = Actor.state("South Korea", "KOR");
    private static final Actor ROTEM = Actor.organization("Hyundai Rotem", "KOR");
    private static final Actor PGZ = Actor.organization("PGZ", "POL");
    private static final Actor INDIA = Actor.state("India", "IND");
    private static final Actor CHINA = Actor.state("China", "CHN");

    private int counter;

    // ------------------------------------------------------------ builders

    private static List<GoldEvent> gold(String... lines) {
        List<GoldEvent> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(GoldSet.parse(lines[i], i + 1));
        }
        return out;
    }

    private static String goldDeal(String article, String partiesJson, String valueJson, String date, boolean optional) {
        return "{\"articleId\":\"" + article + "\",\"type\":\"DealSigned\",\"parties\":" + partiesJson
                + ",\"value\":" + valueJson + ",\"date\":" + (date == null ? "null" : "\"" + date + "\"")
                + ",\"optional\":" + optional + ",\"evidence\":\"A made-up sentence.\"}";
    }

    private static final String POL_KOR = "[{\"name\":\"Poland\",\"iso3\":\"POL\"},{\"name\":\"South Korea\",\"iso3\":\"KOR\"}]";

    private DealSigned deal(String article, List<Actor> parties, Money value, String date) {
        return new DealSigned("ev-" + (++counter), 1, article, date, new Evidence("A predicted sentence.", 0, 21), 0.9, X,
                parties, value, List.of(), "arms");
    }

    private ExerciseHeld exercise(String article, List<Actor> participants, String name, String date) {
        return new ExerciseHeld("ev-" + (++counter), 1, article, date, new Evidence("Drill sentence.", 0, 15), 0.9, X,
                participants, name, null);
    }

    private RecognitionWithheld recognition(String article, Actor withholder, Actor target) {
        return new RecognitionWithheld("ev-" + (++counter), 1, article, null, new Evidence("Recognition sentence.", 0, 21),
                0.9, X, withholder, target);
    }

    private static EvalReport score(List<GoldEvent> gold, NewsEvent... predicted) {
        return Scorer.score(gold, List.of(predicted), 1);
    }

    // ------------------------------------------------------------ rules

    @Test
    void anExactPredictionIsAHit() {
        EvalReport r = score(gold(goldDeal("a1", POL_KOR, "{\"amount\":1000000000,\"currency\":\"USD\"}", "2022", false)),
                deal("a1", List.of(KOREA, POLAND), new Money(1_000_000_000L, "USD"), "2022-07"));
        assertThat(r.overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.byType().get(DealSigned.TYPE)).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.overall().f1()).isEqualTo(1.0);
        assertThat(r.value()).isEqualTo(new AttributeScore(1, 1));
        assertThat(r.date()).isEqualTo(new AttributeScore(1, 1));
    }

    @Test
    void amountsAgreeWithinTwoPercentOfTheGoldAmount() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "{\"amount\":1000000000,\"currency\":\"USD\"}", null, false));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), new Money(1_020_000_000L, "USD"), null)).overall())
                .isEqualTo(new Counts(1, 0, 0));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), new Money(980_000_000L, "USD"), null)).overall())
                .isEqualTo(new Counts(1, 0, 0));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), new Money(1_021_000_000L, "USD"), null)).overall())
                .isEqualTo(new Counts(0, 1, 1));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), new Money(979_000_000L, "USD"), null)).overall())
                .isEqualTo(new Counts(0, 1, 1));
        // relative to the gold amount: 98 vs gold 100 is 2 %, 100 vs gold 98 is 2.04 %
        assertThat(MatchRules.amountsAgree(100, 98)).isTrue();
        assertThat(MatchRules.amountsAgree(98, 100)).isFalse();
    }

    @Test
    void aValueOnOneSideOnlyDoesNotConstrainTheMatchButCountsAgainstValueAccuracy() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "null", null, false));
        EvalReport r = score(g, deal("a1", List.of(POLAND, KOREA), new Money(5_000_000L, "USD"), null));
        assertThat(r.overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.value()).isEqualTo(new AttributeScore(0, 1));

        List<GoldEvent> g2 = gold(goldDeal("a1", POL_KOR, "{\"amount\":5000000,\"currency\":\"USD\"}", null, false));
        EvalReport r2 = score(g2, deal("a1", List.of(POLAND, KOREA), null, null));
        assertThat(r2.overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r2.value()).isEqualTo(new AttributeScore(0, 1));
    }

    @Test
    void aDifferentCurrencyStillMatchesOnTheAmountButIsAValueDisagreement() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "{\"amount\":2500000000,\"currency\":\"EUR\"}", null, false));
        EvalReport r = score(g, deal("a1", List.of(POLAND, KOREA), new Money(2_500_000_000L, "USD"), null));
        assertThat(r.overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.value()).isEqualTo(new AttributeScore(0, 1));
    }

    @Test
    void yearsMustAgreeWhereBothGiveOne() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "null", "2021-09", false));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), null, "2021")).overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), null, "2021-03-02")).overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), null, null)).overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA), null, "2020-09")).overall()).isEqualTo(new Counts(0, 1, 1));

        EvalReport undated = score(g, deal("a1", List.of(POLAND, KOREA), null, null));
        assertThat(undated.date()).isEqualTo(new AttributeScore(0, 1));
        List<GoldEvent> noDate = gold(goldDeal("a1", POL_KOR, "null", null, false));
        assertThat(score(noDate, deal("a1", List.of(POLAND, KOREA), null, "2019")).overall()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void optionalGoldIsNeitherHitNorFalseAlarmNorMiss() {
        List<GoldEvent> g = gold(
                goldDeal("a1", POL_KOR, "null", null, true),
                goldDeal("a1", "[{\"name\":\"India\",\"iso3\":\"IND\"},{\"name\":\"China\",\"iso3\":\"CHN\"}]", "null", null, true));
        EvalReport matched = score(g, deal("a1", List.of(POLAND, KOREA), null, null));
        assertThat(matched.overall()).isEqualTo(new Counts(0, 0, 0));
        assertThat(matched.optionalMatched().get(DealSigned.TYPE)).isEqualTo(1);
        assertThat(matched.misses()).isEmpty();
        assertThat(matched.goldRequired()).isZero();
        assertThat(matched.goldOptional()).isEqualTo(2);

        EvalReport nothing = score(g);
        assertThat(nothing.overall()).isEqualTo(new Counts(0, 0, 0));
        assertThat(nothing.misses()).isEmpty();
    }

    @Test
    void aRepeatOfAMatchedFactIsAFalseAlarmEvenWhenTheRepeatIsOptionalGold() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "null", null, false));
        EvalReport r = score(g,
                deal("a1", List.of(POLAND, KOREA), null, null),
                deal("a1", List.of(KOREA, POLAND), null, null));
        assertThat(r.overall()).isEqualTo(new Counts(1, 1, 0));
        assertThat(r.falseAlarms()).singleElement()
                .satisfies(fa -> assertThat(fa.reason()).contains("repeats a fact already matched"));

        List<GoldEvent> opt = gold(goldDeal("a1", POL_KOR, "null", null, true));
        EvalReport r2 = score(opt,
                deal("a1", List.of(POLAND, KOREA), null, null),
                deal("a1", List.of(POLAND, KOREA), null, null));
        assertThat(r2.overall()).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void actorsCompareByIsoWhenBothHaveOneAndByCaseFoldedNameOtherwise() {
        // both have a code: the codes decide, whatever the names
        assertThat(MatchRules.sameActor(Actor.state("Poland", "POL"), Actor.organization("PGZ", "POL"))).isTrue();
        assertThat(MatchRules.sameActor(Actor.state("Georgia", "GEO"), new Actor("Georgia", "USA", "other"))).isFalse();
        // one or both without a code: case-folded names
        assertThat(MatchRules.sameActor(Actor.other("Kosovo"), Actor.other("KOSOVO"))).isTrue();
        assertThat(MatchRules.sameActor(new Actor("Taiwan", "TWN", "other"), Actor.other("taiwan"))).isTrue();
        assertThat(MatchRules.sameActor(Actor.state("Poland", "POL"), Actor.other("Polska"))).isFalse();

        List<GoldEvent> g = gold("{\"articleId\":\"a2\",\"type\":\"RecognitionWithheld\","
                + "\"withholder\":{\"name\":\"Serbia\",\"iso3\":\"SRB\"},\"target\":{\"name\":\"Kosovo\",\"iso3\":null}}");
        assertThat(score(g, recognition("a2", Actor.state("Republic of Serbia", "SRB"), Actor.other("kosovo"))).overall())
                .isEqualTo(new Counts(1, 0, 0));
        assertThat(score(g, recognition("a2", Actor.state("Serbia", "SRB"), Actor.other("Kosova"))).overall())
                .isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void actorListsAreSetsOfKeys() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "null", null, false));
        // an organization scores as its state: Poland + Hyundai Rotem is {POL, KOR}
        assertThat(score(g, deal("a1", List.of(POLAND, ROTEM), null, null)).overall()).isEqualTo(new Counts(1, 0, 0));
        // repeats collapse
        assertThat(score(g, deal("a1", List.of(POLAND, PGZ, ROTEM), null, null)).overall()).isEqualTo(new Counts(1, 0, 0));
        // an extra or a missing actor is a different set
        assertThat(score(g, deal("a1", List.of(POLAND, KOREA, INDIA), null, null)).overall()).isEqualTo(new Counts(0, 1, 1));
        assertThat(score(g, deal("a1", List.of(POLAND), null, null)).overall()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void withholderAndTargetAreAnOrderedPair() {
        List<GoldEvent> g = gold("{\"articleId\":\"a3\",\"type\":\"RecognitionWithheld\","
                + "\"withholder\":{\"name\":\"India\",\"iso3\":\"IND\"},\"target\":{\"name\":\"China\",\"iso3\":\"CHN\"}}");
        assertThat(score(g, recognition("a3", INDIA, CHINA)).overall()).isEqualTo(new Counts(1, 0, 0));
        EvalReport swapped = score(g, recognition("a3", CHINA, INDIA));
        assertThat(swapped.overall()).isEqualTo(new Counts(0, 1, 1));
        assertThat(swapped.byType().get(RecognitionWithheld.TYPE)).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void articleAndTypeMustBeTheSame() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "null", null, false));
        EvalReport otherArticle = score(g, deal("a9", List.of(POLAND, KOREA), null, null));
        assertThat(otherArticle.overall()).isEqualTo(new Counts(0, 1, 1));
        EvalReport otherType = score(g, exercise("a1", List.of(POLAND, KOREA), null, null));
        assertThat(otherType.byType().get(DealSigned.TYPE)).isEqualTo(new Counts(0, 0, 1));
        assertThat(otherType.byType().get(ExerciseHeld.TYPE)).isEqualTo(new Counts(0, 1, 0));
        assertThat(otherType.overall()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void matchingIsAMaximumOneToOneMatchingThatPrefersRequiredGold() {
        // G1 (undated) accepts both predictions, G2 (2020) only P1; greedy P1->G1 would lose G2
        List<GoldEvent> g = gold(
                goldDeal("a1", POL_KOR, "null", null, false),
                goldDeal("a1", POL_KOR, "null", "2020", false));
        EvalReport r = score(g,
                deal("a1", List.of(POLAND, KOREA), null, null),
                deal("a1", List.of(POLAND, KOREA), null, "2019"));
        assertThat(r.overall()).isEqualTo(new Counts(2, 0, 0));

        // a prediction that fits an optional and a required gold event goes to the required one
        List<GoldEvent> g2 = gold(
                goldDeal("a1", POL_KOR, "null", null, true),
                goldDeal("a1", POL_KOR, "null", "2020", false));
        EvalReport r2 = score(g2, deal("a1", List.of(POLAND, KOREA), null, "2020"));
        assertThat(r2.overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r2.optionalMatched().get(DealSigned.TYPE)).isZero();
    }

    @Test
    void exerciseNamesAreComparedCaseFolded() {
        List<GoldEvent> g = gold("{\"articleId\":\"a4\",\"type\":\"ExerciseHeld\",\"participants\":"
                + "[{\"name\":\"India\",\"iso3\":\"IND\"},{\"name\":\"China\",\"iso3\":\"CHN\"}],"
                + "\"name\":\"Hand-in-Hand 2019\",\"date\":\"2019\"}");
        EvalReport r = score(g, exercise("a4", List.of(CHINA, INDIA), "hand-in-hand  2019", "2019-12"));
        assertThat(r.overall()).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.name()).isEqualTo(new AttributeScore(1, 1));
        EvalReport wrongName = score(g, exercise("a4", List.of(CHINA, INDIA), "Hand-in-Hand 2018", null));
        assertThat(wrongName.overall()).isEqualTo(new Counts(1, 0, 0)); // the name does not decide the match
        assertThat(wrongName.name()).isEqualTo(new AttributeScore(0, 1));
        assertThat(wrongName.date()).isEqualTo(new AttributeScore(0, 1));
        assertThat(wrongName.value()).isEqualTo(new AttributeScore(0, 0));
        assertThat(wrongName.value().accuracy()).isNull();
    }

    @Test
    void perTypeAndMicroOverall() {
        List<GoldEvent> g = gold(
                goldDeal("a1", POL_KOR, "null", null, false),
                goldDeal("a1", "[{\"name\":\"India\",\"iso3\":\"IND\"},{\"name\":\"China\",\"iso3\":\"CHN\"}]", "null", null, false),
                "{\"articleId\":\"a1\",\"type\":\"ExerciseHeld\",\"participants\":[{\"name\":\"India\",\"iso3\":\"IND\"}]}");
        EvalReport r = score(g,
                deal("a1", List.of(POLAND, KOREA), null, null),
                exercise("a1", List.of(INDIA), null, null),
                exercise("a1", List.of(CHINA), null, null),
                recognition("a1", INDIA, CHINA));
        assertThat(r.byType().get(DealSigned.TYPE)).isEqualTo(new Counts(1, 0, 1));
        assertThat(r.byType().get(ExerciseHeld.TYPE)).isEqualTo(new Counts(1, 1, 0));
        assertThat(r.byType().get(RecognitionWithheld.TYPE)).isEqualTo(new Counts(0, 1, 0));
        assertThat(r.overall()).isEqualTo(new Counts(2, 2, 1));
        assertThat(r.overall().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.overall().recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.overall().f1()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(r.misses()).singleElement().satisfies(m -> assertThat(m.gold().line()).isEqualTo(2));
        assertThat(r.predictedByType()).containsEntry(ExerciseHeld.TYPE, 2).containsEntry(RecognitionWithheld.TYPE, 1);
        assertThat(r.goldByType()).containsEntry(DealSigned.TYPE, 2).containsEntry(ExerciseHeld.TYPE, 1);
    }

    @Test
    void emptyDenominatorConventions() {
        assertThat(new Counts(0, 0, 0).f1()).isEqualTo(1.0);
        assertThat(new Counts(0, 0, 3).precision()).isEqualTo(0.0);
        assertThat(new Counts(0, 0, 3).f1()).isEqualTo(0.0);
        assertThat(new Counts(0, 2, 0).recall()).isEqualTo(0.0);
        assertThat(new Counts(0, 2, 0).f1()).isEqualTo(0.0);
    }

    @Test
    void invalidGoldLinesAreRejectedWithTheirLineNumber() {
        assertThatThrownBy(() -> GoldSet.parse("{\"articleId\":\"a\",\"type\":\"Parade\"}", 7))
                .isInstanceOf(GoldSet.InvalidGoldException.class).hasMessageContaining("line 7").hasMessageContaining("type");
        assertThatThrownBy(() -> GoldSet.parse("{\"type\":\"DealSigned\",\"parties\":[{\"name\":\"X\"}]}", 2))
                .hasMessageContaining("articleId");
        assertThatThrownBy(() -> GoldSet.parse("{\"articleId\":\"a\",\"type\":\"DealSigned\",\"parties\":[]}", 3))
                .hasMessageContaining("parties");
        assertThatThrownBy(() -> GoldSet.parse("{\"articleId\":\"a\",\"type\":\"RecognitionWithheld\",\"withholder\":{\"name\":\"X\"}}", 4))
                .hasMessageContaining("target");
        assertThatThrownBy(() -> GoldSet.parse("{\"articleId\":\"a\",\"type\":\"ExerciseHeld\",\"participants\":[{\"name\":\"X\"}],\"date\":\"last year\"}", 5))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> GoldSet.parse("not json", 6)).hasMessageContaining("line 6");
    }

    @Test
    void reportsRenderAsTextAndJson() {
        List<GoldEvent> g = gold(goldDeal("a1", POL_KOR, "null", null, false),
                "{\"articleId\":\"a1\",\"type\":\"ExerciseHeld\",\"participants\":[{\"name\":\"India\",\"iso3\":\"IND\"}],"
                        + "\"evidence\":\"India held a\\nlong drill.\"}");
        EvalReport r = score(g, deal("a1", List.of(POLAND, KOREA), null, null), recognition("a1", INDIA, CHINA));
        String text = ReportFormat.text(r);
        assertThat(text).contains("overall (micro)").contains("Misses (1)").contains("False alarms (1)")
                .contains("gold evidence: \"India held a long drill.\"").contains("evidence: \"Recognition sentence.\"");
        var json = ReportFormat.json(r);
        assertThat(json.path("overall").path("tp").asInt()).isEqualTo(1);
        assertThat(json.path("byType").size()).isEqualTo(3);
        assertThat(json.path("misses").get(0).path("goldLine").asInt()).isEqualTo(2);
        assertThat(json.path("falseAlarms").get(0).path("type").asText()).isEqualTo(RecognitionWithheld.TYPE);
    }
}
