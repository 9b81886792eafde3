package dev.eventsim.simulator.support;

import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.journal.StatusMatch;
import java.time.Instant;
import java.util.Set;

/**
 * Builds journal queries for the typed control plane: {@code Journals.entries().ofOperation("events/list").limit(1)}.
 * Every filter starts unset, as {@code GET /__sim/journal} without a query reads.
 */
public final class Journals {
    private Set<String> operations;
    private Long partnerId;
    private StatusMatch status;
    private Instant since;
    private Instant until;
    private String traceId;
    private int limit = JournalQuery.DEFAULT_LIMIT;

    private Journals() {
    }

    public static Journals entries() {
        return new Journals();
    }

    public Journals ofOperation(String... names) {
        operations = Set.of(names);
        return this;
    }

    public Journals ofPartner(long id) {
        partnerId = id;
        return this;
    }

    /** An HTTP code ({@code 404}), a class ({@code 4xx}) or a request status ({@code InvalidArgument}). */
    public Journals withStatus(String match) {
        status = StatusMatch.parse(match);
        return this;
    }

    public Journals since(Instant at) {
        since = at;
        return this;
    }

    public Journals until(Instant at) {
        until = at;
        return this;
    }

    public Journals withTraceId(String id) {
        traceId = id;
        return this;
    }

    public Journals limit(int n) {
        limit = n;
        return this;
    }

    /** The query, bodies included. */
    public JournalQuery query() {
        return new JournalQuery(operations, partnerId, status, since, until, traceId, limit, true);
    }
}
