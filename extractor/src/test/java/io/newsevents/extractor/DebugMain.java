package io.newsevents.extractor;

import io.newsevents.events.Article;
import io.newsevents.events.NewsEvent;

/** Prints the events extracted from the text given on the command line (a tuning aid). */
public final class DebugMain {
    public static void main(String[] args) {
        String published = args.length > 1 ? args[1] : null;
        RuleExtractor x = RuleExtractor.create();
        for (NewsEvent e : x.extract(new Article("dbg", null, null, published, args[0]))) {
            System.out.println(GoldScorer.describe(e) + "\n   [" + e.evidence().text() + "]");
        }
    }
}
