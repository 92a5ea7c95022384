package io.newsevents.ingest.service;

import io.newsevents.events.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ArticleValidatorTest {

    private final ArticleValidator validator = new ArticleValidator(3, 300);

    private List<Article> validate(String json) {
        return validator.validate(ArticleReader.read(json, InputFormat.JSON));
    }

    private List<ValidationError> errors(String json) {
        return catchThrowableOfType(InvalidArticlesException.class, () -> validate(json)).errors();
    }

    @Test
    void acceptsAFullArticleAndIgnoresUnknownFields() {
        List<Article> articles = validate("{\"id\":\"x:1.a_b-c\",\"url\":\"https://example.org/a?b=c\","
                + "\"title\":\"T\",\"published\":\"2024-02-29\",\"text\":\"Some text.\",\"lang\":\"en\"}");

        assertThat(articles).containsExactly(
                new Article("x:1.a_b-c", "https://example.org/a?b=c", "T", "2024-02-29", "Some text."));
    }

    @Test
    void keepsTheTextExactlyAsSent() {
        assertThat(validate("{\"text\":\"  padded\\ttext \"}").get(0).text()).isEqualTo("  padded\ttext ");
    }

    @Test
    void datesMustBeRealIsoDates() {
        assertThat(ArticleValidator.isIsoDate("2024-02-29")).isTrue();
        assertThat(ArticleValidator.isIsoDate("2025-02-29")).isFalse();
        assertThat(ArticleValidator.isIsoDate("2025-13-01")).isFalse();
        assertThat(ArticleValidator.isIsoDate("2025-1-01")).isFalse();
        assertThat(ArticleValidator.isIsoDate("+12025-01-01")).isFalse();
        assertThat(ArticleValidator.isIsoDate("2025-01-01T00:00:00Z")).isFalse();
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        assertThat(ArticleValidator.urlProblem("http://example.org")).isNull();
        assertThat(ArticleValidator.urlProblem("HTTPS://example.org/x")).isNull();
        assertThat(ArticleValidator.urlProblem("ftp://example.org/x")).contains("http");
        assertThat(ArticleValidator.urlProblem("/relative/path")).contains("absolute");
        assertThat(ArticleValidator.urlProblem("https:///no-host")).isNotNull();
        assertThat(ArticleValidator.urlProblem("https://exa mple.org")).contains("not a valid URI");
        assertThat(ArticleValidator.urlProblem("https://example.org/" + "a".repeat(2100))).contains("2048");
    }

    @Test
    void reportsEveryErrorOfEveryArticle() {
        List<ValidationError> errors = errors("[{\"text\":5,\"title\":[]},{\"id\":\"\",\"text\":\"ok\"},"
                + "{\"id\":\"" + "a".repeat(129) + "\",\"text\":null}]");

        assertThat(errors).extracting(e -> e.index() + ":" + e.field()).containsExactly(
                "0:title", "0:text", "1:id", "2:text", "2:id");
        assertThat(errors.get(0).message()).isEqualTo("title must be a string, not array");
        assertThat(errors.get(1).message()).isEqualTo("text must be a string, not number");
    }

    @Test
    void limitsTheBatchAndTheArticleSize() {
        assertThat(errors("[{\"text\":\"a\"},{\"text\":\"b\"},{\"text\":\"c\"},{\"text\":\"d\"}]"))
                .singleElement().satisfies(e -> {
                    assertThat(e.index()).isNull();
                    assertThat(e.message()).contains("4 articles").contains("at most 3");
                });
        assertThat(errors("{\"text\":\"" + "é".repeat(200) + "\"}"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("at most 300"));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> validate("{\"text\":\"a\",\"text\":\"b\"}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("Duplicate field 'text'");
    }

    @Test
    void jsonLinesCountOnlyNonBlankLines() {
        ArticleReader.Batch batch = ArticleReader.read("\n{\"text\":\"a\"}\n\n{\"text\":\"b\"}", InputFormat.JSON_LINES);

        assertThat(batch.articles()).extracting(r -> r.index() + "@" + r.line()).containsExactly("0@2", "1@4");
        assertThat(batch.lineErrors()).isEmpty();
    }
}
