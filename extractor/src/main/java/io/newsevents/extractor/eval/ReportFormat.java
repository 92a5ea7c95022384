package io.newsevents.extractor.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsevents.events.Actor;
import io.newsevents.events.Json;
import io.newsevents.events.Money;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvalReport} as a human-readable text or as one JSON object. */
public final class ReportFormat {

    private static final int MAX_EVIDENCE = 400;

    private ReportFormat() {
    }

    public static String text(EvalReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Scored %d article(s): %d required + %d optional gold event(s), %d prediction(s)%n",
                r.articles(), r.goldRequired(), r.goldOptional(), r.predictions()));
        sb.append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %5s %5s %5s %9s %7s %7s%n",
                "type", "gold", "pred", "tp", "fp", "fn", "opt", "precision", "recall", "F1"));
        for (Map.Entry<String, Counts> e : r.byType().entrySet()) {
            String t = e.getKey();
            row(sb, t, r.goldByType().get(t), r.predictedByType().get(t), e.getValue(), r.optionalMatched().get(t));
        }
        row(sb, "overall (micro)", r.goldRequired(), r.predictions(), r.overall(),
                r.optionalMatched().values().stream().mapToInt(Integer::intValue).sum());
        sb.append("(opt = predictions matching an optional gold event: neither hits nor false alarms)")
                .append(System.lineSeparator()).append(System.lineSeparator());
        sb.append("Attribute accuracy on matched events: value ").append(attr(r.value()))
                .append(", date (year) ").append(attr(r.date()))
                .append(", name ").append(attr(r.name())).append(System.lineSeparator());

        sb.append(System.lineSeparator()).append("Misses (").append(r.misses().size()).append(")")
                .append(System.lineSeparator());
        for (EvalReport.Miss m : r.misses()) {
            Fact f = m.gold().fact();
            sb.append("  - ").append(describe(f)).append("  [gold line ").append(m.gold().line()).append(']')
                    .append(System.lineSeparator());
            sb.append("      gold evidence: ").append(quote(f.evidence())).append(System.lineSeparator());
            if (!m.hint().isEmpty()) {
                sb.append("      hint: ").append(m.hint()).append(System.lineSeparator());
            }
        }
        sb.append(System.lineSeparator()).append("False alarms (").append(r.falseAlarms().size()).append(")")
                .append(System.lineSeparator());
        for (EvalReport.FalseAlarm fa : r.falseAlarms()) {
            Fact f = fa.predicted();
            sb.append("  - ").append(describe(f)).append(System.lineSeparator());
            sb.append("      evidence: ").append(quote(f.evidence())).append(System.lineSeparator());
            sb.append("      why: ").append(fa.reason()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    public static ObjectNode json(EvalReport r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("articles", r.articles());
        root.put("goldRequired", r.goldRequired());
        root.put("goldOptional", r.goldOptional());
        root.put("predictions", r.predictions());
        root.set("overall", counts(r.overall(), r.goldRequired(), r.predictions(),
                r.optionalMatched().values().stream().mapToInt(Integer::intValue).sum()));
        ObjectNode byType = root.putObject("byType");
        r.byType().forEach((t, c) -> byType.set(t, counts(c, r.goldByType().get(t), r.predictedByType().get(t),
                r.optionalMatched().get(t))));
        ObjectNode attributes = root.putObject("attributes");
        attributes.set("value", attr(r.value(), attributes));
        attributes.set("date", attr(r.date(), attributes));
        attributes.set("name", attr(r.name(), attributes));
        ArrayNode misses = root.putArray("misses");
        for (EvalReport.Miss m : r.misses()) {
            ObjectNode n = fact(m.gold().fact(), misses.addObject());
            n.put("goldLine", m.gold().line());
            n.put("hint", m.hint());
        }
        ArrayNode falseAlarms = root.putArray("falseAlarms");
        for (EvalReport.FalseAlarm fa : r.falseAlarms()) {
            ObjectNode n = fact(fa.predicted(), falseAlarms.addObject());
            n.put("eventId", fa.eventId());
            n.put("reason", fa.reason());
        }
        ArrayNode matches = root.putArray("matches");
        for (EvalReport.Match m : r.matches()) {
            ObjectNode n = matches.addObject();
            n.put("goldLine", m.gold().line());
            n.put("optional", m.gold().optional());
            n.put("eventId", m.eventId());
            n.put("type", m.gold().fact().type());
            n.put("articleId", m.gold().fact().articleId());
        }
        return root;
    }

    /** "US$ 1,600,000,000 USD"-style rendering for reports; "-" for none. */
    public static String money(Money m) {
        if (m == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,d %s", m.amount(), m.currency());
    }

    private static void row(StringBuilder sb, String label, Integer gold, Integer pred, Counts c, Integer opt) {
        sb.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %5d %5d %5d %9.3f %7.3f %7.3f%n",
                label, gold == null ? 0 : gold, pred == null ? 0 : pred, c.tp(), c.fp(), c.fn(),
                opt == null ? 0 : opt, c.precision(), c.recall(), c.f1()));
    }

    private static String attr(AttributeScore a) {
        Double acc = a.accuracy();
        return acc == null ? "n/a (0 judged)"
                : String.format(Locale.ROOT, "%d/%d (%.1f%%)", a.agree(), a.judged(), 100 * acc);
    }

    private static ObjectNode attr(AttributeScore a, ObjectNode factory) {
        ObjectNode n = factory.objectNode();
        n.put("agree", a.agree());
        n.put("judged", a.judged());
        if (a.accuracy() == null) {
            n.putNull("accuracy");
        } else {
            n.put("accuracy", a.accuracy());
        }
        return n;
    }

    private static ObjectNode counts(Counts c, Integer gold, Integer pred, Integer opt) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("gold", gold == null ? 0 : gold);
        n.put("predicted", pred == null ? 0 : pred);
        n.put("tp", c.tp());
        n.put("fp", c.fp());
        n.put("fn", c.fn());
        n.put("optionalMatched", opt == null ? 0 : opt);
        n.put("precision", c.precision());
        n.put("recall", c.recall());
        n.put("f1", c.f1());
        return n;
    }

    private static ObjectNode fact(Fact f, ObjectNode n) {
        n.put("articleId", f.articleId());
        n.put("type", f.type());
        ArrayNode actors = n.putArray("actors");
        for (Actor a : f.actors()) {
            ObjectNode an = actors.addObject();
            an.put("name", a.name());
            an.put("iso3", a.iso3());
        }
        if (f.value() == null) {
            n.putNull("value");
        } else {
            n.putObject("value").put("amount", f.value().amount()).put("currency", f.value().currency());
        }
        n.put("date", f.date());
        n.put("name", f.name());
        n.put("evidence", f.evidence());
        return n;
    }

    static String describe(Fact f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.articleId()).append("  ").append(f.type()).append("  ").append(actors(f.actors(), f.ordered()));
        if (f.value() != null) {
            sb.append("  value ").append(money(f.value()));
        }
        if (f.date() != null) {
            sb.append("  date ").append(f.date());
        }
        if (f.name() != null) {
            sb.append("  name \"").append(f.name()).append('"');
        }
        return sb.toString();
    }

    private static String actors(List<Actor> actors, boolean ordered) {
        StringBuilder sb = new StringBuilder(ordered ? "(" : "{");
        for (int i = 0; i < actors.size(); i++) {
            if (i > 0) {
                sb.append(ordered ? " -> " : ", ");
            }
            Actor a = actors.get(i);
            sb.append(a.name());
            if (a.iso3() != null) {
                sb.append(' ').append(a.iso3());
            }
        }
        return sb.append(ordered ? ")" : "}").toString();
    }

    private static String quote(String evidence) {
        if (evidence == null) {
            return "-";
        }
        String oneLine = evidence.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        if (oneLine.length() > MAX_EVIDENCE) {
            oneLine = oneLine.substring(0, MAX_EVIDENCE) + "…";
        }
        return "\"" + oneLine + "\"";
    }
}
