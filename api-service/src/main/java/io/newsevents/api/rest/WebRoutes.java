package io.newsevents.api.rest;

import io.newsevents.api.model.Problem;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Plain Vert.x routes: {@code /dashboard} points to the dashboard at {@code /}, and the last route gives a path no
 * resource, static file or management endpoint answers a 404 problem+json rather than the framework's page.
 */
@ApplicationScoped
public class WebRoutes {

    void install(@Observes Router router) {
        router.get("/dashboard").handler(ctx -> ctx.redirect("/"));
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            JsonObject problem = new JsonObject()
                    .put("type", "about:blank")
                    .put("title", "Not Found")
                    .put("status", 404)
                    .put("detail", "no resource at " + ctx.request().path())
                    .put("instance", ctx.request().path());
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(problem.encode());
        });
    }
}
