package io.newsevents.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark corpus is deterministic and has the sentence count the benchmark divides by. */
class CorpusGeneratorTest {

    @Test
    void sameSeedSameCorpus() {
        List<CorpusGenerator.GeneratedArticle> a = new CorpusGenerator(7).articles(20, 10);
        List<CorpusGenerator.GeneratedArticle> b = new CorpusGenerator(7).articles(20, 10);
        List<CorpusGenerator.GeneratedArticle> c = new CorpusGenerator(8).articles(20, 10);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void articlesHoldTheStatedNumberOfSentences() {
        for (CorpusGenerator.GeneratedArticle g : new CorpusGenerator(1).articles(50, 12)) {
            assertThat(g.sentences()).isEqualTo(12);
            String text = g.article().text();
            // sentences are separated by a space or a paragraph break before a capital; only "U.S. " adds a split
            int pieces = text.split("(?<=[.!?\"])\\s+(?=[A-Z\"])").length;
            int abbreviations = text.split("U\\.S\\. ", -1).length - 1;
            assertThat(pieces).as(text).isEqualTo(12 + abbreviations);
            assertThat(text).doesNotContain("{").doesNotContain("}");
            assertThat(g.article().published()).matches("2025-\\d\\d-\\d\\d");
        }
    }

    @Test
    void theMixHasEventsTrapsAndMostlyNeutralSentences() {
        CorpusGenerator gen = new CorpusGenerator(3);
        int signedOrHeld = 0;
        int total = 5000;
        for (int i = 0; i < total; i++) {
            String s = gen.sentence();
            if (s.matches(".*\\b(signed|inked|ordered|purchased|concluded|held|took place|does not recognise|never recognised)\\b.*")) {
                signedOrHeld++;
            }
        }
        assertThat(signedOrHeld).isBetween(total / 20, total / 3);
    }

    @Test
    void theBenchmarkBatchIsWhatItsOperationCountSays() {
        assertThat(ExtractorThroughput.SENTENCES)
                .isEqualTo(ExtractorThroughput.ARTICLES * ExtractorThroughput.SENTENCES_PER_ARTICLE);
        int sum = new CorpusGenerator(ExtractorThroughput.SEED)
                .articles(ExtractorThroughput.ARTICLES, ExtractorThroughput.SENTENCES_PER_ARTICLE)
                .stream().mapToInt(CorpusGenerator.GeneratedArticle::sentences).sum();
        assertThat(sum).isEqualTo(ExtractorThroughput.SENTENCES);
    }
}
