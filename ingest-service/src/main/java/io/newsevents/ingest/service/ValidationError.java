package io.newsevents.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request.
 *
 * @param index   0-based position of the article in the batch (absent for errors about the whole batch)
 * @param line    1-based line of the body (JSON lines input only)
 * @param field   the article field at fault, when there is one
 * @param message what is wrong
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationError(Integer index, Integer line, String field, String message) {

    public static ValidationError batch(String message) {
        return new ValidationError(null, null, null, message);
    }
}
