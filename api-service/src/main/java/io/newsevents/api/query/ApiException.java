package io.newsevents.api.query;

/** A client error the API answers with a problem+json body: 400 for bad parameters, 404 for unknown things. */
public class ApiException extends RuntimeException {

    public static final String BAD_PARAMETER = "urn:newsevents:problem:bad-parameter";
    public static final String UNKNOWN_ACTOR = "urn:newsevents:problem:unknown-actor";
    public static final String NOT_FOUND = "urn:newsevents:problem:not-found";

    private final int status;
    private final String type;
    private final String title;
    private final String parameter;

    public ApiException(int status, String type, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String detail) {
        return new ApiException(400, BAD_PARAMETER, "Bad parameter", detail, parameter);
    }

    public static ApiException unknownActor(String iso3) {
        return new ApiException(404, UNKNOWN_ACTOR, "Unknown actor",
                "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code", null);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, NOT_FOUND, "Not found", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }
}
