package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.journal.StatusMatch;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The request journal: read it (filtered, newest first), read one entry, its exact counts, clear it. */
public final class JournalController {
    private static final Set<String> FILTERS =
            Set.of("operation", "partnerId", "status", "since", "until", "traceId", "limit", "bodies");

    private final ControlPlane control;

    public JournalController(ControlPlane control) {
        this.control = control;
    }

    /** What a clear dropped. */
    public record JournalCleared(int cleared) {
    }

    public Object list(ControlRequest request) {
        return control.journal(query(request.query()));
    }

    public Object read(ControlRequest request) {
        return control.journalEntry(request.pathLong("id"));
    }

    public Object counts(ControlRequest request) {
        return control.journalCounts();
    }

    public Object clear(ControlRequest request) {
        return new JournalCleared(control.clearJournal());
    }

    private static JournalQuery query(Map<String, String> query) {
        for (String name : query.keySet()) {
            if (!FILTERS.contains(name)) {
                throw ApiErrors.invalidArgument("unknown query parameter '" + name + "'; the journal filters by "
                        + FILTERS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        String operation = query.get("operation");
        String partnerId = query.get("partnerId");
        String status = query.get("status");
        String limit = query.get("limit");
        String bodies = query.get("bodies");
        StatusMatch statusMatch = status == null ? null : StatusMatch.parse(status);
        if (status != null && statusMatch == null) {
            throw ApiErrors.invalidArgument("status '" + status
                    + "' must be an HTTP code (404), a class of codes (4xx) or a request status (InvalidArgument)");
        }
        if (bodies != null && !bodies.equals("true") && !bodies.equals("false")) {
            throw ApiErrors.wrongType("bodies '" + bodies + "'", "true or false");
        }
        return new JournalQuery(
                operation == null ? null
                        : Arrays.stream(operation.split(",")).map(String::strip).collect(Collectors.toSet()),
                partnerId == null ? null : number("partnerId", partnerId, Long.MAX_VALUE),
                statusMatch, instant("since", query.get("since")), instant("until", query.get("until")),
                query.get("traceId"),
                limit == null ? JournalQuery.DEFAULT_LIMIT : (int) number("limit", limit, Journal.MAX_CAPACITY),
                !"false".equals(bodies));
    }

    private static long number(String field, String text, long max) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiErrors.wrongType(field + " '" + text + "'", "a whole number");
        }
        if (value < 1 || value > max) {
            throw ApiErrors.invalidArgument(field + " must be between 1 and " + max + ", got " + value);
        }
        return value;
    }

    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        // An unencoded '+' of an offset arrives as a space.
        Instant instant = Timestamps.parseOrNull(text.strip().replace(' ', '+'));
        if (instant == null) {
            throw ApiErrors.wrongType(field + " '" + text + "'", "an ISO-8601 instant such as 2030-05-01T14:00:00Z");
        }
        return instant;
    }
}
