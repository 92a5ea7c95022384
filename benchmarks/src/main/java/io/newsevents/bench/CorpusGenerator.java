package io.newsevents.bench;

import io.newsevents.events.Article;
import io.newsevents.events.Json;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic news corpus for throughput measurements: sentences written for this project from
 * templates, mixing arms deals, cooperation agreements, exercises and non-recognition with traps (plans,
 * negations, talks) and a majority of neutral sentences, as a defence news wire would. The same seed always gives
 * the same corpus, and every article has a known number of sentences.
 *
 * <p>Run as a program it prints a corpus as JSON lines: {@code java -cp benchmarks.jar
 * io.newsevents.bench.CorpusGenerator [ARTICLES] [SENTENCES_PER_ARTICLE] [SEED]}.
 */
public final class CorpusGenerator {

    /** Share of sentences that report an event. */
    static final double EVENT_SHARE = 0.14;
    /** Share of sentences that look like an event but are not one. */
    static final double TRAP_SHARE = 0.10;

    private static final String[] STATES = {
            "Poland", "South Korea", "India", "Armenia", "Azerbaijan", "Pakistan", "Turkey", "Greece", "France",
            "Germany", "Indonesia", "the Philippines", "Vietnam", "Brazil", "Egypt", "Morocco", "Saudi Arabia",
            "the United Arab Emirates", "Qatar", "Japan", "Australia", "Canada", "Norway", "Finland", "Romania",
            "Serbia", "Kazakhstan", "Uzbekistan", "Nigeria", "Kenya", "Chile", "Peru", "Malaysia", "Thailand"};
    private static final String[] DEMONYMS = {
            "Polish", "South Korean", "Indian", "Armenian", "Azerbaijani", "Pakistani", "Turkish", "Greek", "French",
            "German", "Indonesian", "Filipino", "Vietnamese", "Brazilian", "Egyptian", "Moroccan", "Saudi", "Emirati",
            "Qatari", "Japanese", "Australian", "Canadian", "Norwegian", "Finnish", "Romanian"};
    private static final String[] CAPITALS = {
            "Warsaw", "Seoul", "New Delhi", "Yerevan", "Baku", "Islamabad", "Ankara", "Athens", "Paris", "Berlin",
            "Jakarta", "Manila", "Hanoi", "Brasilia", "Cairo", "Rabat", "Riyadh", "Abu Dhabi", "Doha", "Tokyo"};
    private static final String[] COMPANIES = {
            "Hyundai Rotem", "Hanwha Aerospace", "Rheinmetall", "Saab", "Thales", "Leonardo", "Elbit Systems",
            "Baykar", "Aselsan", "Embraer", "Navantia", "Kongsberg", "Bharat Electronics", "Heavy Industries Taxila",
            "Naval Group", "Dassault Aviation", "Lockheed Martin", "BAE Systems", "Patria", "Fincantieri"};
    private static final String[] SYSTEMS = {
            "K2 tanks", "K9 self-propelled howitzers", "Rafale fighters", "JF-17 fighter jets", "Akash air defence batteries",
            "Bayraktar TB2 drones", "CV90 infantry fighting vehicles", "Leopard 2A8 tanks", "C-390 transport aircraft",
            "Scorpene submarines", "NASAMS launchers", "Pinaka rocket launchers", "patrol vessels", "coastal radars",
            "155mm artillery shells", "armoured personnel carriers", "trainer aircraft", "anti-drone systems"};
    private static final String[] AMOUNTS = {
            "$1.6 billion", "US$ 250 million", "€2.5 billion", "USD 375 million", "$30 million", "Rs 1,188 crore",
            "155 million dollars", "$4.2bn", "€780 million", "about $900 million", "£1.1 billion", "$62 million"};
    private static final String[] MONTHS = {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"};
    private static final String[] EXERCISES = {
            "Northern Shield", "Sea Breeze", "Desert Falcon", "Steppe Eagle", "Blue Horizon", "Iron Bridge",
            "Golden Dune", "Coastal Guard", "Mountain Echo", "Silver Arrow", "Harbour Star", "Eastern Gate"};
    private static final String[] ENTITIES = {"Kosovo", "Taiwan", "Northern Cyprus", "Somaliland", "Abkhazia",
            "South Ossetia", "Nagorno-Karabakh", "Transnistria"};
    private static final String[] OFFICIALS = {"defence minister", "foreign minister", "prime minister", "president",
            "army chief", "navy commander", "procurement chief", "deputy defence minister", "spokesperson"};
    private static final String[] TOPICS = {"inflation", "the harvest", "the football league", "rail upgrades",
            "a new metro line", "the tourism season", "port congestion", "the school calendar", "fuel prices",
            "a heatwave", "the film festival", "local elections", "water shortages", "the bond market"};

    private static final String[] EVENT_TEMPLATES = {
            "{S1} signed a {AMT} contract with {CO} for {SYS} in {MONTH} {YEAR}.",
            "{S1} and {S2} signed a defence cooperation agreement in {CAP1} on {DAY} {MONTH} {YEAR}.",
            "The {DEM} government ordered {N} {SYS} from {CO}, in a deal worth {AMT}.",
            "Officials in {CAP1} confirmed that {S1} had purchased {SYS} from {S2} last year.",
            "{S1} has inked a {AMT} deal with {S2} for {SYS}, the ministry said on Friday.",
            "{S1}, {S2} and {S3} concluded a trilateral agreement on defence industry cooperation in {YEAR}.",
            "Under a contract worth {AMT}, {CO} will deliver {N} {SYS} to {S1} by {YEAR2}.",
            "The two countries finalised a ceasefire agreement on {DAY} {MONTH}, mediated by {S3}.",
            "Troops from {S1} and {S2} held the joint exercise \"{EX}\" near the border in {MONTH} {YEAR}.",
            "The {EX} {YEAR} drills, conducted by the navies of {S1} and {S2}, concluded on Sunday.",
            "{DEM} and {DEM2} special forces took part in Exercise {EX}, which began on Monday.",
            "A joint military exercise between {S1}, {S2} and {S3} took place in {MONTH} {YEAR}.",
            "{S1} does not recognise {ENT} and has no diplomatic relations with its authorities.",
            "{S1} is the only country that does not recognise {S2}, a position it has held for decades.",
            "{CAP1} has never recognised the independence of {ENT}, the {OFF} repeated on Tuesday."};

    private static final String[] TRAP_TEMPLATES = {
            "{S1} wants to procure {SYS} and is in talks with {CO}.",
            "{S1} is expected to sign a deal for {SYS} with {S2} later this year.",
            "{S1} and {S2} have not yet conducted joint military exercises.",
            "Negotiations between {CAP1} and {CAP2} on a {AMT} package are continuing, the {OFF} said.",
            "{S1} cancelled its order for {SYS} after a review of the budget.",
            "{S1} and {S2} will hold a joint naval drill named {EX} next spring.",
            "{S1} severed diplomatic ties with {S2} in {YEAR}, but recognition was not withdrawn.",
            "{S1} withdrew from the {EX} exercise before it started, citing costs.",
            "{S1} recognised {ENT} in {YEAR}, becoming one of the first states to do so.",
            "The {OFF} denied reports that {S1} had bought {SYS} from {S2}."};

    private static final String[] NEUTRAL_TEMPLATES = {
            "The {OFF} of {S1} arrived in {CAP2} on {DAY} {MONTH} for a two-day visit.",
            "Analysts said the region's security environment had changed markedly since {YEAR}.",
            "The ministry did not respond to a request for comment.",
            "Local media in {CAP1} reported heavy traffic around the conference venue.",
            "{S1} has one of the largest armed forces in the region, according to a think tank.",
            "The parliament in {CAP1} debated {TOPIC} for most of the afternoon.",
            "Shares in {CO} rose 2.3% in early trading after the quarterly results.",
            "The {OFF} said the talks covered trade, energy and {TOPIC}.",
            "Experts cautioned that delivery schedules often slip by several years.",
            "The visit was the first by a {DEM} leader in more than a decade.",
            "Weather forecasts predicted rain across {S1} for the rest of the week.",
            "The two leaders also discussed {TOPIC} and student exchanges.",
            "A spokesperson for {CO} declined to give further details.",
            "The statement did not mention any timetable.",
            "{S1}'s economy grew by 3.1 percent last year, the central bank said.",
            "Opposition politicians in {CAP1} criticised the government's handling of {TOPIC}.",
            "The report, published in {MONTH}, runs to more than 200 pages.",
            "Diplomats described the atmosphere of the meeting as cordial.",
            "The ceremony was attended by ambassadors from several countries.",
            "In a separate development, the city council approved a budget for {TOPIC}.",
            "The U.S. State Department said it was following events closely.",
            "Officials said more details would be announced in due course.",
            "The defence budget for {YEAR2} is expected to rise modestly.",
            "Satellite images showed new construction at the base, the institute said.",
            "The {OFF} thanked the hosts for their hospitality.",
            "Several journalists were turned away at the entrance.",
            "Prices of staple foods in {CAP2} rose again in {MONTH}.",
            "The committee will meet again after the summer recess.",
            "Historians note that the border was drawn in the early twentieth century.",
            "Critics argue that the programme has been poorly managed."};

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generated article with the number of sentences it holds. */
    public record GeneratedArticle(Article article, int sentences) {
    }

    /** {@code count} articles of exactly {@code sentencesPerArticle} sentences each. */
    public List<GeneratedArticle> articles(int count, int sentencesPerArticle) {
        List<GeneratedArticle> out = new ArrayList<>(count);
        LocalDate base = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentencesPerArticle; s++) {
                if (s > 0) {
                    text.append(s % 5 == 0 ? "\n\n" : " ");
                }
                text.append(sentence());
            }
            String published = base.plusDays(random.nextInt(365)).toString();
            Article article = new Article(String.format(Locale.ROOT, "bench-%05d", i), null,
                    "Synthetic defence news " + i, published, text.toString());
            out.add(new GeneratedArticle(article, sentencesPerArticle));
        }
        return out;
    }

    /** One sentence: an event, a trap or a neutral sentence, in the configured shares. */
    public String sentence() {
        double r = random.nextDouble();
        String[] templates = r < EVENT_SHARE ? EVENT_TEMPLATES
                : r < EVENT_SHARE + TRAP_SHARE ? TRAP_TEMPLATES : NEUTRAL_TEMPLATES;
        return fill(templates[random.nextInt(templates.length)]);
    }

    private String fill(String template) {
        String s1 = pick(STATES);
        String s2 = other(STATES, s1);
        String s3 = other(STATES, s1, s2);
        String dem = pick(DEMONYMS);
        String cap1 = pick(CAPITALS);
        int year = 2015 + random.nextInt(11);
        String out = template
                .replace("{S1}", s1).replace("{S2}", s2).replace("{S3}", s3)
                .replace("{DEM2}", other(DEMONYMS, dem)).replace("{DEM}", dem)
                .replace("{CAP1}", cap1).replace("{CAP2}", other(CAPITALS, cap1))
                .replace("{CO}", pick(COMPANIES)).replace("{SYS}", pick(SYSTEMS)).replace("{AMT}", pick(AMOUNTS))
                .replace("{MONTH}", pick(MONTHS)).replace("{DAY}", Integer.toString(1 + random.nextInt(28)))
                .replace("{YEAR2}", Integer.toString(year + 1 + random.nextInt(4)))
                .replace("{YEAR}", Integer.toString(year))
                .replace("{N}", Integer.toString(2 + random.nextInt(180)))
                .replace("{EX}", pick(EXERCISES)).replace("{ENT}", pick(ENTITIES))
                .replace("{OFF}", pick(OFFICIALS)).replace("{TOPIC}", pick(TOPICS));
        // a sentence that starts with a lower-case article ("the Philippines ...") is capitalised
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String other(String[] values, String... not) {
        while (true) {
            String v = pick(values);
            boolean clash = false;
            for (String n : not) {
                clash |= v.equals(n);
            }
            if (!clash) {
                return v;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (GeneratedArticle a : new CorpusGenerator(seed).articles(articles, sentences)) {
                w.write(Json.write(a.article()));
                w.newLine();
            }
        }
    }
}
