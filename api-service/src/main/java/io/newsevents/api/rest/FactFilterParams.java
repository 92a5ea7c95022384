package io.newsevents.api.rest;

import io.newsevents.api.query.Cursor;
import io.newsevents.api.query.FactQuery;
import io.newsevents.api.query.Params;
import io.newsevents.api.query.Sort;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.List;

/** The filters, sort and page parameters every fact list accepts. */
public class FactFilterParams {

    @QueryParam("actor")
    @Parameter(description = "ISO 3166-1 alpha-3 code of an actor that takes part; repeat (or comma-separate) to "
            + "require several: actor=NOR&actor=SWE selects the facts of that pair", example = "NOR",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> actor;

    @QueryParam("pair")
    @Parameter(description = "two ISO codes, comma-separated: both must take part", example = "NOR,SWE")
    public String pair;

    @QueryParam("from")
    @Parameter(description = "facts whose date range ends on or after this date (yyyy, yyyy-MM or yyyy-MM-dd); "
            + "undated facts are left out", example = "2024")
    public String from;

    @QueryParam("to")
    @Parameter(description = "facts whose date range starts on or before this date (yyyy, yyyy-MM or yyyy-MM-dd)",
            example = "2025-06")
    public String to;

    @QueryParam("category")
    @Parameter(description = "deal category (deals only)",
            schema = @Schema(enumeration = {"arms", "cooperation", "ceasefire", "trade", "other"}))
    public String category;

    @QueryParam("minValue")
    @Parameter(description = "minimum stated deal value in whole units of `currency` (requires currency)",
            example = "1000000")
    public String minValue;

    @QueryParam("currency")
    @Parameter(description = "ISO 4217 code: only deals valued in this currency", example = "EUR")
    public String currency;

    @QueryParam("minSources")
    @Parameter(description = "minimum number of distinct articles reporting the fact", example = "2")
    public String minSources;

    @QueryParam("sort")
    @Parameter(description = "order: date, -date (default), value, -value, sources, -sources; "
            + "facts without the key come last",
            example = "-date")
    public String sort;

    @QueryParam("cursor")
    @Parameter(description = "opaque cursor from `nextCursor` of the previous page (same filters and sort)")
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "page size, 1..500, default 50", example = "50")
    public String limit;

    /** Validates everything; {@code types} are the fact types the endpoint serves. */
    public FactQuery toQuery(List<String> types) {
        List<String> actors = Params.actors(actor, pair);
        LocalDate fromDate = Params.dateFrom("from", from);
        LocalDate toDate = Params.dateTo("to", to);
        Params.checkRange(fromDate, toDate);
        String cat = Params.category(category);
        Long min = Params.nonNegativeLong("minValue", minValue);
        String cur = Params.currency(currency);
        Params.checkValueFilter(min, cur);
        Integer sources = Params.positiveInt("minSources", minSources);
        Sort order = Sort.parse(sort);
        Cursor after = Cursor.decode(cursor, order);
        int size = Params.limit(limit, Params.DEFAULT_LIMIT);
        return new FactQuery(types, actors, fromDate, toDate, cat, min, cur, sources, order, after, size);
    }
}
