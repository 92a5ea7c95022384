package io.newsevents.extractor.money;

import io.newsevents.events.Money;
import io.newsevents.extractor.text.Tokens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Amounts of money over tokens: "US$ 1.6bn", "$2 billion", "USD 375 million", "€2.5 billion", "Rs 1,188 crore",
 * "155 million dollars", "~$30 million". The amount is kept in the stated currency (ISO 4217 code).
 */
public final class MoneyParser {

    /** A money expression at tokens [tokStart, tokEnd). */
    public record MoneyMention(int tokStart, int tokEnd, Money money) {
    }

    private static final Map<String, String> PREFIX = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("usd", "USD"), Map.entry("us$", "USD"), Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("₹", "INR"),
            Map.entry("rs", "INR"), Map.entry("inr", "INR"), Map.entry("¥", "JPY"), Map.entry("rmb", "CNY"),
            Map.entry("cny", "CNY"), Map.entry("jpy", "JPY"), Map.entry("rub", "RUB"), Map.entry("try", "TRY"),
            Map.entry("pkr", "PKR"), Map.entry("aed", "AED"), Map.entry("sar", "SAR"), Map.entry("krw", "KRW"),
            Map.entry("aud", "AUD"), Map.entry("cad", "CAD"), Map.entry("chf", "CHF"), Map.entry("ils", "ILS"),
            Map.entry("₺", "TRY"), Map.entry("₽", "RUB"), Map.entry("₩", "KRW"), Map.entry("₪", "ILS"),
            // ISO 4217 codes written before the amount ("NOK 1.6 billion"); matched in capitals only
            Map.entry("pln", "PLN"), Map.entry("czk", "CZK"), Map.entry("sek", "SEK"), Map.entry("nok", "NOK"),
            Map.entry("dkk", "DKK"), Map.entry("huf", "HUF"), Map.entry("ron", "RON"), Map.entry("thb", "THB"),
            Map.entry("php", "PHP"), Map.entry("brl", "BRL"), Map.entry("egp", "EGP"), Map.entry("myr", "MYR"),
            Map.entry("idr", "IDR"), Map.entry("sgd", "SGD"), Map.entry("nzd", "NZD"), Map.entry("zar", "ZAR"),
            Map.entry("ngn", "NGN"), Map.entry("uah", "UAH"), Map.entry("kzt", "KZT"), Map.entry("twd", "TWD"),
            Map.entry("mxn", "MXN"), Map.entry("qar", "QAR"), Map.entry("kwd", "KWD"), Map.entry("bdt", "BDT"),
            Map.entry("vnd", "VND"));

    private static final Map<String, String> SUFFIX = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("eur", "EUR"), Map.entry("pounds", "GBP"), Map.entry("rupees", "INR"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("lira", "TRY"), Map.entry("liras", "TRY"), Map.entry("dirhams", "AED"), Map.entry("riyals", "SAR"),
            Map.entry("won", "KRW"), Map.entry("yen", "JPY"), Map.entry("shekels", "ILS"), Map.entry("inr", "INR"),
            // names of one currency only (not "pesos", "dinars", "crowns", "francs": several states use them)
            Map.entry("zlotys", "PLN"), Map.entry("zloty", "PLN"), Map.entry("zlotych", "PLN"), Map.entry("baht", "THB"),
            Map.entry("koruna", "CZK"), Map.entry("korunas", "CZK"), Map.entry("kronor", "SEK"), Map.entry("ringgit", "MYR"),
            Map.entry("rupiah", "IDR"), Map.entry("forints", "HUF"), Map.entry("forint", "HUF"), Map.entry("naira", "NGN"),
            Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"), Map.entry("tenge", "KZT"), Map.entry("reais", "BRL"),
            Map.entry("shekel", "ILS"), Map.entry("rupee", "INR"), Map.entry("riyal", "SAR"),
            Map.entry("dirham", "AED"), Map.entry("ruble", "RUB"), Map.entry("rouble", "RUB"));

    private static final Map<String, Long> SCALE = Map.ofEntries(
            Map.entry("thousand", 1_000L), Map.entry("k", 1_000L), Map.entry("million", 1_000_000L),
            Map.entry("millions", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("m", 1_000_000L),
            Map.entry("mln", 1_000_000L), Map.entry("billion", 1_000_000_000L), Map.entry("billions", 1_000_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("b", 1_000_000_000L), Map.entry("bln", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("tn", 1_000_000_000_000L),
            Map.entry("crore", 10_000_000L), Map.entry("crores", 10_000_000L), Map.entry("cr", 10_000_000L),
            Map.entry("lakh", 100_000L), Map.entry("lakhs", 100_000L), Map.entry("lac", 100_000L));

    private MoneyParser() {
    }

    public static List<MoneyMention> find(Tokens tk, int from, int to) {
        List<MoneyMention> out = null;
        for (int i = from; i < to; i++) {
            if (!tk.isNumber(i)) {
                continue;
            }
            // currency before the number
            String cur = null;
            int start = i;
            int p = i - 1;
            if (p >= from) {
                String pn = tk.norm(p);
                if (".".equals(pn) && p - 1 >= from && "rs".equals(tk.norm(p - 1))) {
                    p--;
                    pn = "rs";
                }
                if (PREFIX.containsKey(pn) && (!"rs".equals(pn) || tk.capitalised(p))
                        && (tk.isPunct(p) || tk.allCaps(p) || "rs".equals(pn))) {
                    cur = PREFIX.get(pn);
                    start = p;
                    if ("$".equals(pn) && p - 1 >= from && !tk.spaceBefore(p)) {
                        String pp = tk.norm(p - 1);
                        if ("us".equals(pp) || "u.s".equals(pp)) {
                            start = p - 1;
                        } else if ("a".equals(pp)) {
                            cur = "AUD";
                            start = p - 1;
                        } else if ("c".equals(pp)) {
                            cur = "CAD";
                            start = p - 1;
                        } else if ("hk".equals(pp)) {
                            cur = "HKD";
                            start = p - 1;
                        }
                    }
                }
            }
            BigDecimal num = parseNumber(tk.norm(i));
            if (num == null) {
                continue;
            }
            int e = i + 1;
            long scale = 1;
            if (e < to && SCALE.containsKey(tk.norm(e)) && (tk.norm(e).length() > 1 || !tk.spaceBefore(e))) {
                scale = SCALE.get(tk.norm(e));
                e++;
            } else if (e + 1 < to && "-".equals(tk.norm(e)) && !tk.spaceBefore(e) && SCALE.containsKey(tk.norm(e + 1))
                    && tk.norm(e + 1).length() > 1) {
                scale = SCALE.get(tk.norm(e + 1)); // "$1.2-billion"
                e += 2;
            }
            if (cur == null && scale > 1 && e + 1 < to && "-".equals(tk.norm(e)) && !tk.spaceBefore(e)
                    && SUFFIX.containsKey(tk.norm(e + 1))) {
                cur = SUFFIX.get(tk.norm(e + 1)); // "a 1.2 trillion-won deal", "a 2 billion-euro contract"
                e += 2;
            }
            if (cur == null) {
                // "155 million dollars", "2.5 billion euros", "500 million US dollars"
                int q = e;
                if (q < to && ("us".equals(tk.norm(q)) || "u.s".equals(tk.norm(q)))) {
                    q++;
                }
                if (q < to && SUFFIX.containsKey(tk.norm(q)) && (scale > 1 || !"won".equals(tk.norm(q)))) {
                    cur = SUFFIX.get(tk.norm(q));
                    e = q + 1;
                }
            }
            if (cur == null) {
                continue;
            }
            if (scale == 1 && e < to && ("to".equals(tk.norm(e)) || "-".equals(tk.norm(e)))) {
                // "$2 to $3 billion": the scale of the upper bound applies to the lower one
                for (int q = e + 1; q < Math.min(to, e + 5); q++) {
                    if (SCALE.containsKey(tk.norm(q)) && tk.isNumber(q - 1)) {
                        scale = SCALE.get(tk.norm(q));
                        break;
                    }
                }
            }
            BigDecimal amount = num.multiply(BigDecimal.valueOf(scale));
            if (amount.compareTo(BigDecimal.valueOf(1000)) < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(new MoneyMention(start, e, new Money(amount.longValue(), cur)));
            i = e - 1;
        }
        return out == null ? List.of() : out;
    }

    static BigDecimal parseNumber(String s) {
        String x = s;
        int dots = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) == '.') {
                dots++;
            }
        }
        int comma = x.indexOf(',');
        boolean oneComma = comma >= 0 && comma == x.lastIndexOf(',');
        if (oneComma && comma > x.lastIndexOf('.') && (dots > 0 || x.length() - comma - 1 != 3)) {
            // a decimal comma: "KRW 3,71 trillion", "EUR 1.234,5 million" (a thousands comma has three digits after it)
            x = x.replace(".", "").replace(',', '.');
        } else if (dots > 1) {
            x = x.replace(".", "");
        }
        x = x.replace(",", "");
        try {
            return new BigDecimal(x);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
