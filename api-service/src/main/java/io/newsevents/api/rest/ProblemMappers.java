package io.newsevents.api.rest;

import io.newsevents.api.model.Problem;
import io.newsevents.api.query.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * Turns every exception into an {@code application/problem+json} answer: our own 400/404s, the framework's
 * HTTP errors (405, 406, 415 ...), 503 when the database cannot answer, and 500 only for a bug (logged).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), request, e.parameter());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = status == 404 ? "no resource at " + request.path() : e.getMessage();
        if (status >= 500) {
            LOG.errorf(e, "request %s failed", request.path());
            detail = "the server failed to answer; see its log";
        }
        return problem(status, "about:blank", title, detail, request, null);
    }

    @ServerExceptionMapper
    public Response database(SQLException e, HttpServerRequest request) {
        LOG.warnf("database error on %s: %s (SQLState %s)", request.path(), e.getMessage(), e.getSQLState());
        return Response.fromResponse(problem(503, "urn:newsevents:problem:database-unavailable",
                        "Database unavailable", "the store's database cannot answer right now; retry shortly",
                        request, null))
                .header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (e.getCause() instanceof SQLException) {
            return database((SQLException) e.getCause(), request);
        }
        LOG.errorf(e, "unexpected error on %s", request.path());
        return problem(500, "urn:newsevents:problem:internal", "Internal error",
                "the server failed to answer; see its log", request, null);
    }

    static Response problem(int status, String type, String title, String detail, HttpServerRequest request,
                            String parameter) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, request == null ? null : request.path(), parameter))
                .build();
    }
}
