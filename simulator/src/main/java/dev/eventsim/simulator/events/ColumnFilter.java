package dev.eventsim.simulator.events;

import java.time.Instant;
import java.util.BitSet;
import java.util.Locale;

/**
 * An {@link EventFilter} (all but {@code idIn}) compiled against one {@link EventTable}, tested on
 * a slot's columns: the same answers as {@link EventFilter#matches}, without reading the event.
 */
final class ColumnFilter {
    private final EventTable table;
    private final EventFilter filter;
    private final Instant startFrom;
    private final Instant startTo;
    private final Instant endFrom;
    private final Instant endTo;
    private final BitSet templates;
    private final long labelMask;
    private final boolean labelLookup;
    private final String term;
    /** Per name code: 0 not looked at yet, 1 the name holds the term, 2 it does not. */
    private final byte[] termFound;

    ColumnFilter(EventTable table, EventFilter filter) {
        this.table = table;
        this.filter = filter;
        this.startFrom = filter.startDateGreaterThanOrEqual();
        this.startTo = filter.startDateLessOrEqualThan();
        this.endFrom = filter.endDateGreaterThanOrEqual();
        this.endTo = filter.endDateLessOrEqualThan();
        if (filter.templateIdIn() == null) {
            this.templates = null;
        } else {
            this.templates = new BitSet();
            for (String templateId : filter.templateIdIn()) {
                int code = table.codeOfTemplate(templateId);
                if (code >= 0) {
                    templates.set(code);
                }
            }
        }
        this.labelMask = filter.labels() == null ? 0 : table.labels().maskOf(filter.labels());
        this.labelLookup = filter.labels() != null && table.labels().needsLookup(filter.labels());
        this.term = filter.searchTerm() == null ? null : filter.searchTerm().toLowerCase(Locale.ROOT);
        this.termFound = term == null ? null : new byte[table.names().size()];
    }

    boolean matches(int slot) {
        return (startFrom == null || compare(table.startSeconds(slot), table.startNanos(slot), startFrom) >= 0)
                && (startTo == null || compare(table.startSeconds(slot), table.startNanos(slot), startTo) <= 0)
                && (endFrom == null || compare(table.endSeconds(slot), table.endNanos(slot), endFrom) >= 0)
                && (endTo == null || compare(table.endSeconds(slot), table.endNanos(slot), endTo) <= 0)
                && (templates == null || templates.get(table.templateCode(slot)))
                && (filter.labels() == null || hasLabel(slot))
                && (term == null || holdsTerm(table.nameCode(slot)));
    }

    /** Each distinct name is searched once per query: names repeat. */
    private boolean holdsTerm(int nameCode) {
        byte found = termFound[nameCode];
        if (found == 0) {
            found = table.names().lower(nameCode).contains(term) ? (byte) 1 : (byte) 2;
            termFound[nameCode] = found;
        }
        return found == 1;
    }

    private boolean hasLabel(int slot) {
        long bits = table.labelBits(slot);
        if ((bits & labelMask) != 0) {
            return true;
        }
        if (labelLookup && (bits & LabelBits.OTHER) != 0) {
            for (String label : table.event(slot).labels()) {
                if (filter.labels().contains(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Instant order (seconds, then nanoseconds), as {@link Instant#compareTo}. */
    static int compare(long seconds, int nanos, Instant other) {
        int bySeconds = Long.compare(seconds, other.getEpochSecond());
        return bySeconds != 0 ? bySeconds : Integer.compare(nanos, other.getNano());
    }
}
