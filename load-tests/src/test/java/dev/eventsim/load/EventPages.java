package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paging through events/list 15 at a time, the way a dashboard does: each virtual user takes one
 * filter and one ordering (by its user id, so runs repeat) and reads pages until the last one or
 * {@code maxPages}.
 */
final class EventPages {
    static final int PAGE_SIZE = 15;
    static final List<String> ORDERS = List.of("+name", "-name", "+createdAt", "-createdAt", "+startDate", "-startDate");

    /** The page walk; saves {@code totalCount} of the last page read. */
    final ChainBuilder pageThrough;

    /**
     * @param offsetCountsPages the pager's {@code offset} read as a page index rather than items
     *     (the contract leaves it open; the simulator's {@code --pager-offset pages})
     */
    EventPages(Api api, int maxPages, boolean offsetCountsPages) {
        List<Map<String, Object>> filters = filters(api.run());
        pageThrough = exec(s -> s.set("page", 0).set("morePages", true))
                .asLongAs(s -> s.getBoolean("morePages")).on(
                        exec(api.post("events/list", s -> {
                                    int page = s.getInt("page");
                                    Map<String, Object> body = new HashMap<>();
                                    body.put("filter", filters.get(pick(s, filters.size())));
                                    body.put("orderBy", ORDERS.get(pick(s, ORDERS.size() * filters.size()) / filters.size()));
                                    body.put("pager", Map.of("offset", offsetCountsPages ? page : page * PAGE_SIZE,
                                            "limit", PAGE_SIZE));
                                    return body;
                                })
                                .check(jsonPath("$.totalCount").ofInt().saveAs("totalCount"))
                                .check(jsonPath("$.events[*].id").count().lte(PAGE_SIZE).saveAs("pageSize")))
                                .exitHereIfFailed()
                                .exec(s -> {
                                    int read = s.getInt("page") + 1;
                                    boolean more = s.getInt("pageSize") == PAGE_SIZE
                                            && read * PAGE_SIZE < s.getInt("totalCount") && read < maxPages;
                                    return s.set("page", read).set("morePages", more);
                                }));
    }

    private static int pick(Session s, int choices) {
        return (int) (s.userId() % choices);
    }

    /** No filter, and each filter of the contract over the seeded events of the run. */
    private static List<Map<String, Object>> filters(Run run) {
        String from = SeedEvents.start(0).toString();
        String to = SeedEvents.start(29).toString();
        String endTo = SeedEvents.start(20).plus(3, ChronoUnit.HOURS).toString();
        return List.of(
                Map.of(),
                Map.of("searchTerm", run.prefix()),
                Map.of("labels", List.of(run.label("blue"), run.label("red"))),
                Map.of("searchTerm", run.prefix(), "templateIdIn", List.of("tm1000", "tm2000", "tm4000")),
                Map.of("startDateGreaterThanOrEqual", from, "startDateLessOrEqualThan", to),
                Map.of("endDateGreaterThanOrEqual", from, "endDateLessOrEqualThan", endTo));
    }
}
