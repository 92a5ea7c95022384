package io.newsevents.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsevents.events.Article;
import io.newsevents.events.Json;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks every article of a batch and reports every problem at once. Unknown fields are ignored (the contract
 * may grow; {@code Json} ignores them as well), known fields must have the right type and form.
 */
public final class ArticleValidator {

    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_TITLE_LENGTH = 1000;
    private static final List<String> FIELDS = List.of("id", "url", "title", "published", "text");

    private final int maxBatchSize;
    private final int maxArticleBytes;

    public ArticleValidator(int maxBatchSize, int maxArticleBytes) {
        this.maxBatchSize = maxBatchSize;
        this.maxArticleBytes = maxArticleBytes;
    }

    /**
     * @return the articles, ids not yet derived, in input order
     * @throws InvalidArticlesException listing every error when any article is invalid
     */
    public List<Article> validate(ArticleReader.Batch batch) {
        List<ValidationError> errors = new ArrayList<>(batch.lineErrors());
        int count = batch.articles().size() + batch.lineErrors().size();
        if (count == 0) {
            throw new InvalidArticlesException(List.of(ValidationError.batch("the request holds no article")), 0);
        }
        if (count > maxBatchSize) {
            throw new InvalidArticlesException(List.of(ValidationError.batch(
                    "the request holds " + count + " articles; at most " + maxBatchSize + " are accepted at once")),
                    count);
        }
        List<Article> articles = new ArrayList<>(batch.articles().size());
        for (RawArticle raw : batch.articles()) {
            Article article = check(raw, errors);
            if (article != null) {
                articles.add(article);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.index() == null ? -1 : a.index(), b.index() == null ? -1 : b.index()));
            throw new InvalidArticlesException(errors, count);
        }
        return articles;
    }

    private Article check(RawArticle raw, List<ValidationError> errors) {
        JsonNode node = raw.node();
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(error(raw, null, "an article must be a JSON object, not " + kind(node)));
            return null;
        }
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                errors.add(error(raw, field, field + " must be a string, not " + kind(value)));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String id = text(node, "id");
        String url = text(node, "url");
        String title = text(node, "title");
        String published = text(node, "published");
        String text = text(node, "text");

        if (text == null) {
            errors.add(error(raw, "text", "text is required"));
        } else if (text.isBlank()) {
            errors.add(error(raw, "text", "text must not be blank"));
        }
        if (id != null && !ID_PATTERN.matcher(id).matches()) {
            errors.add(error(raw, "id", "id must be 1 to 128 characters of A-Z a-z 0-9 . _ : -"));
        }
        if (published != null && !isIsoDate(published)) {
            errors.add(error(raw, "published", "published must be an ISO date yyyy-MM-dd, got \"" + clip(published) + "\""));
        }
        if (url != null) {
            String problem = urlProblem(url);
            if (problem != null) {
                errors.add(error(raw, "url", problem));
            }
        }
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            errors.add(error(raw, "title", "title must be at most " + MAX_TITLE_LENGTH + " characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        Article article = new Article(id, url, title, published, text);
        int bytes = Json.write(article).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxArticleBytes) {
            errors.add(error(raw, "text", "the article is " + bytes + " bytes as JSON; at most " + maxArticleBytes
                    + " are accepted"));
            return null;
        }
        return article;
    }

    static boolean isIsoDate(String value) {
        if (!DATE_SHAPE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String urlProblem(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return "url must be at most " + MAX_URL_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "url is not a valid URI: " + e.getMessage();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            return "url must be an absolute http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "url must name a host";
        }
        return null;
    }

    private static ValidationError error(RawArticle raw, String field, String message) {
        return new ValidationError(raw.index(), raw.line(), field, message);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
