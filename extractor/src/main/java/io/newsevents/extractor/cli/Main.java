package io.newsevents.extractor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsevents.events.Article;
import io.newsevents.events.Json;
import io.newsevents.events.NewsEvent;
import io.newsevents.extractor.EventExtractor;
import io.newsevents.extractor.RuleExtractor;
import io.newsevents.extractor.eval.EvalReport;
import io.newsevents.extractor.eval.GoldEvent;
import io.newsevents.extractor.eval.GoldSet;
import io.newsevents.extractor.eval.ReportFormat;
import io.newsevents.extractor.eval.Scorer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The command line, usable without the services.
 *
 * <pre>
 * extract [--quiet] [FILE]
 *     Articles as JSON lines (FILE, or stdin when FILE is absent or "-") to events as JSON lines on stdout.
 *     Also accepted: pretty-printed article objects and one JSON array of articles (see {@link ArticleReader}).
 *     Blank lines are skipped; an article without id gets the derived one. An invalid line or an article the
 *     extractor fails on is reported on stderr with its line number and skipped; the run goes on.
 * eval --gold GOLD --articles ARTICLES [--min-f1 X] [--json] [--quiet]
 *     Runs the extractor on ARTICLES and scores it against GOLD by the rules of EVENTS.md; prints the report
 *     (text, or one JSON object with --json) on stdout.
 * </pre>
 *
 * Exit codes: 0 success; 1 some input lines were invalid or the extractor failed on some article (extract), or the
 * extractor failed on some article (eval); 2 overall F1 below --min-f1; 64 usage error; 65 invalid gold or
 * article line (eval reads its inputs strictly); 66 an input file cannot be read; 70 the extractor cannot be created.
 * Progress (articles done, articles/s, sentences/s) goes to stderr at most once a second, and a summary at the end,
 * unless --quiet.
 */
public final class Main {

    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int BELOW_MIN_F1 = 2;
    public static final int USAGE = 64;
    public static final int DATA_ERROR = 65;
    public static final int NO_INPUT = 66;
    public static final int SOFTWARE = 70;

    static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: pipeline extract [--quiet] [FILE]",
            "       pipeline eval --gold GOLD --articles ARTICLES [--min-f1 X] [--json] [--quiet]",
            "",
            "  extract   articles as JSON lines (FILE, or stdin if absent or '-') -> events as JSON lines on stdout",
            "  eval      run the extractor on ARTICLES, score it against GOLD (EVENTS.md rules), print the report;",
            "            exits 2 when the overall F1 is below --min-f1 (0..1)",
            "",
            "exit codes: 0 ok, 1 some articles invalid or failed, 2 F1 below --min-f1, 64 usage,",
            "            65 invalid gold/article line in eval, 66 input file unreadable, 70 extractor cannot start");

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<EventExtractor> extractors;

    Main(InputStream stdin, PrintStream out, PrintStream err, Supplier<EventExtractor> extractors) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.extractors = extractors;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, RuleExtractor::create);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit code. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
                          Supplier<EventExtractor> extractors) {
        Main main = new Main(stdin, out, err, extractors);
        try {
            if (args.length == 0) {
                return main.usage("no command given");
            }
            List<String> rest = List.of(args).subList(1, args.length);
            switch (args[0]) {
                case "extract":
                    return main.extract(rest);
                case "eval":
                    return main.eval(rest);
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE_TEXT);
                    return OK;
                default:
                    return main.usage("unknown command '" + args[0] + "'");
            }
        } catch (UsageException e) {
            return main.usage(e.getMessage());
        } finally {
            out.flush();
        }
    }

    private int usage(String message) {
        err.println("error: " + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    // ---------------------------------------------------------------- extract

    private int extract(List<String> args) {
        boolean quiet = false;
        String file = null;
        for (String a : args) {
            if (a.equals("--quiet") || a.equals("-q")) {
                quiet = true;
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option for extract: " + a);
            } else if (file != null) {
                throw new UsageException("extract takes at most one FILE, got '" + file + "' and '" + a + "'");
            } else {
                file = a;
            }
        }
        String source = file == null || file.equals("-") ? "<stdin>" : file;
        EventExtractor extractor = createExtractor();
        if (extractor == null) {
            return SOFTWARE;
        }
        Progress progress = new Progress("extract", err, !quiet, System::nanoTime);
        int invalid = 0;
        int failed = 0;
        long events = 0;
        try (BufferedReader reader = open(file)) {
            ArticleReader articles = new ArticleReader(reader);
            ArticleReader.Item item;
            while ((item = articles.next()) != null) {
                if (item.error() != null) {
                    err.println(source + ":" + item.line() + ": " + item.error());
                    invalid++;
                    continue;
                }
                Article article = item.article();
                List<NewsEvent> found;
                try {
                    found = extractor.extract(article);
                } catch (RuntimeException e) {
                    err.println(source + ":" + item.line() + ": extractor failed on article " + article.id() + ": " + e);
                    failed++;
                    progress.article(Sentences.count(article.text()));
                    continue;
                }
                for (NewsEvent e : found) {
                    out.println(Json.write(e));
                }
                out.flush();
                events += found.size();
                progress.article(Sentences.count(article.text()));
            }
        } catch (IOException | UncheckedIOException e) {
            return cannotRead(source, e);
        }
        if (!quiet) {
            err.println("extract: " + progress.summary() + ", " + events + " event(s)"
                    + (invalid > 0 ? ", " + invalid + " invalid line(s)" : "")
                    + (failed > 0 ? ", " + failed + " article(s) failed" : ""));
        }
        return invalid + failed > 0 ? PARTIAL : OK;
    }

    // ---------------------------------------------------------------- eval

    private int eval(List<String> args) {
        String gold = null;
        String articles = null;
        Double minF1 = null;
        boolean json = false;
        boolean quiet = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--gold":
                case "--articles":
                case "--min-f1":
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (name.equals("--gold")) {
                        gold = value;
                    } else if (name.equals("--articles")) {
                        articles = value;
                    } else {
                        minF1 = parseMinF1(value);
                    }
                    break;
                case "--json":
                    json = true;
                    break;
                case "--quiet":
                case "-q":
                    quiet = true;
                    break;
                default:
                    throw new UsageException("unknown argument for eval: " + a);
            }
        }
        if (gold == null || articles == null) {
            throw new UsageException("eval needs --gold GOLD and --articles ARTICLES");
        }

        List<GoldEvent> goldEvents;
        try {
            goldEvents = GoldSet.read(Path.of(gold));
        } catch (IOException e) {
            return cannotRead(gold, e);
        } catch (GoldSet.InvalidGoldException e) {
            err.println("error: " + gold + ":" + e.line() + ": " + e.getMessage().replaceFirst("^line \\d+: ", ""));
            return DATA_ERROR;
        }

        List<Article> corpus = new ArrayList<>();
        try (BufferedReader reader = open(articles)) {
            ArticleReader in = new ArticleReader(reader);
            Set<String> ids = new HashSet<>();
            ArticleReader.Item item;
            while ((item = in.next()) != null) {
                if (item.error() != null) {
                    err.println("error: " + articles + ":" + item.line() + ": " + item.error());
                    return DATA_ERROR;
                }
                if (!ids.add(item.article().id())) {
                    err.println("error: " + articles + ":" + item.line() + ": duplicate article id " + item.article().id());
                    return DATA_ERROR;
                }
                corpus.add(item.article());
            }
        } catch (IOException | UncheckedIOException e) {
            return cannotRead(articles, e);
        }

        Set<String> articleIds = new HashSet<>();
        corpus.forEach(a -> articleIds.add(a.id()));
        Set<String> unknown = new TreeSet<>();
        for (GoldEvent g : goldEvents) {
            if (!articleIds.contains(g.fact().articleId())) {
                unknown.add(g.fact().articleId());
            }
        }
        if (!unknown.isEmpty()) {
            err.println("warning: the gold set refers to article(s) not in " + articles + ": " + unknown
                    + " (their required events count as misses)");
        }

        EventExtractor extractor = createExtractor();
        if (extractor == null) {
            return SOFTWARE;
        }
        Progress progress = new Progress("eval", err, !quiet, System::nanoTime);
        List<NewsEvent> predictions = new ArrayList<>();
        Set<String> failedArticles = new LinkedHashSet<>();
        for (Article article : corpus) {
            try {
                predictions.addAll(extractor.extract(article));
            } catch (RuntimeException e) {
                err.println("error: extractor failed on article " + article.id() + ": " + e);
                failedArticles.add(article.id());
            }
            progress.article(Sentences.count(article.text()));
        }
        if (!quiet) {
            err.println("eval: extracted " + progress.summary() + ", " + predictions.size() + " event(s)");
        }

        EvalReport report = Scorer.score(goldEvents, predictions, corpus.size());
        double f1 = report.overall().f1();
        boolean below = minF1 != null && f1 < minF1;
        String verdict = minF1 == null ? null : String.format(Locale.ROOT,
                "%s: overall F1 %.3f %s --min-f1 %.3f (precision %.3f, recall %.3f; %d hit(s), %d false alarm(s), %d miss(es))",
                below ? "FAIL" : "PASS", f1, below ? "is below" : ">=", minF1, report.overall().precision(),
                report.overall().recall(), report.overall().tp(), report.overall().fp(), report.overall().fn());
        if (json) {
            ObjectNode root = ReportFormat.json(report);
            ObjectNode ex = root.putObject("extractor");
            ex.put("name", extractor.info().name());
            ex.put("version", extractor.info().version());
            root.put("extractionFailures", failedArticles.size());
            if (minF1 == null) {
                root.putNull("minF1");
                root.putNull("passed");
            } else {
                root.put("minF1", minF1);
                root.put("passed", !below);
            }
            out.println(Json.write(root));
        } else {
            out.println("Extractor " + extractor.info().name() + " " + extractor.info().version()
                    + " on " + articles + " against " + gold);
            out.print(ReportFormat.text(report));
            if (!failedArticles.isEmpty()) {
                out.println();
                out.println("Extractor failures (" + failedArticles.size() + "): " + failedArticles);
            }
            if (verdict != null) {
                out.println();
                out.println(verdict);
            }
        }
        if (below) {
            err.println(verdict);
            return BELOW_MIN_F1;
        }
        return failedArticles.isEmpty() ? OK : PARTIAL;
    }

    private static double parseMinF1(String value) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--min-f1 must be a number between 0 and 1, got '" + value + "'");
        }
        if (!(v >= 0 && v <= 1)) {
            throw new UsageException("--min-f1 must be between 0 and 1, got " + value);
        }
        return v;
    }

    // ---------------------------------------------------------------- input

    /** The extractor, or {@code null} (reported) when it cannot be built, e.g. a broken bundled lexicon. */
    private EventExtractor createExtractor() {
        try {
            return extractors.get();
        } catch (RuntimeException | LinkageError e) {
            err.println("error: cannot create the extractor: " + e);
            Throwable cause = e.getCause();
            while (cause != null) {
                err.println("  caused by: " + cause);
                cause = cause.getCause();
            }
            return null;
        }
    }

    private int cannotRead(String source, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        String why = cause instanceof NoSuchFileException ? "no such file" : String.valueOf(cause.getMessage());
        err.println("error: cannot read " + source + ": " + why);
        return NO_INPUT;
    }

    private BufferedReader open(String file) throws IOException {
        if (file == null || file.equals("-")) {
            return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
