package io.newsevents.ingest.service;

import java.util.List;

/** The batch failed validation; nothing of it was published. */
public class InvalidArticlesException extends RuntimeException {

    private final transient List<ValidationError> errors;
    private final int articleCount;

    public InvalidArticlesException(List<ValidationError> errors, int articleCount) {
        super(errors.size() + " error(s) in a batch of " + articleCount + " article(s)");
        this.errors = List.copyOf(errors);
        this.articleCount = articleCount;
    }

    public List<ValidationError> errors() {
        return errors;
    }

    /** How many articles the request held (as far as it could be read). */
    public int articleCount() {
        return articleCount;
    }
}
