package io.newsevents.extractor.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTest {

    private static List<ArticleReader.Item> read(String input) throws IOException {
        ArticleReader reader = new ArticleReader(new BufferedReader(new StringReader(input)));
        List<ArticleReader.Item> items = new ArrayList<>();
        ArticleReader.Item item;
        while ((item = reader.next()) != null) {
            items.add(item);
        }
        return items;
    }

    @Test
    void jsonLinesWithBlankLinesAndABom() throws IOException {
        List<ArticleReader.Item> items = read("\uFEFF{\"id\":\"a\",\"text\":\"One.\"}\n\n   \n{\"text\":\"Two.\"}\n");
        assertThat(items).extracting(ArticleReader.Item::line).containsExactly(1, 4);
        assertThat(items.get(0).article().id()).isEqualTo("a");
        assertThat(items.get(1).article().id()).startsWith("a-");
        assertThat(items).allSatisfy(i -> assertThat(i.error()).isNull());
    }

    @Test
    void aBrokenLineIsReportedAndTheNextLinesStillRead() throws IOException {
        List<ArticleReader.Item> items = read(String.join("\n",
                "{\"id\":\"a\",\"text\":\"unterminated",
                "{\"id\":\"b\",\"text\":\"Fine.\"}",
                "not json at all",
                "{\"id\":\"c\"}",
                "[1,2]",
                "{\"id\":\"d\",\"text\":\"Also fine.\"}"));
        assertThat(items).extracting(ArticleReader.Item::line).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(items.get(0).error()).startsWith("invalid article");
        assertThat(items.get(1).article().id()).isEqualTo("b");
        assertThat(items.get(2).error()).startsWith("invalid article");
        assertThat(items.get(3).error()).contains("\"text\" is required");
        assertThat(items.get(4).error()).contains("not a JSON object");
        assertThat(items.get(5).article().id()).isEqualTo("d");
    }

    @Test
    void prettyPrintedObjectsSpanLines() throws IOException {
        List<ArticleReader.Item> items = read("{\n  \"id\": \"p\",\n  \"text\": \"Pretty.\"\n}\n{\"id\":\"q\",\"text\":\"Flat.\"}\n");
        assertThat(items).extracting(i -> i.article().id()).containsExactly("p", "q");
        assertThat(items).extracting(ArticleReader.Item::line).containsExactly(1, 5);
    }

    @Test
    void aJsonArrayOfArticles() throws IOException {
        List<ArticleReader.Item> items = read("[\n {\"id\":\"x\",\"text\":\"A.\"},\n {\"id\":\"y\"},\n {\"id\":\"z\",\"text\":\"C.\"}\n]\n");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).article().id()).isEqualTo("x");
        assertThat(items.get(1).error()).contains("\"text\" is required").contains("array element 1");
        assertThat(items.get(2).article().id()).isEqualTo("z");
    }

    @Test
    void anIncompleteObjectAtTheEndIsAnError() throws IOException {
        List<ArticleReader.Item> items = read("{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\n");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).line()).isEqualTo(2);
        assertThat(items.get(1).error()).contains("incomplete JSON");
    }
}
