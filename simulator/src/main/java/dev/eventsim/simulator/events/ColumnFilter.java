package dev.eventsim.simulator.events;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * An {@link EventFilter} (all but {@code idIn}) compiled against one {@link EventTable}, tested on
 * a slot's columns: the same answers as {@link EventFilter#matches}, without reading the event.
 * A date bound not asked for is the widest one, so every date test is two comparisons of longs.
 */
final class ColumnFilter {
    private final long[] starts;
    private final long[] ends;
    private final long startFrom;
    private final long startTo;
    private final long endFrom;
    private final long endTo;
    /** Per template code, whether the filter takes it; null: any template. */
    private final boolean[] templates;
    private final int[] templateCodes;
    private final EventTable table;
    private final Set<String> labels;
    private final long labelMask;
    private final boolean labelLookup;
    private final String term;
    /** Per name code: 0 not looked at yet, 1 the name holds the term, 2 it does not. */
    private final byte[] termFound;

    ColumnFilter(EventTable table, EventFilter filter) {
        this.table = table;
        this.starts = table.starts();
        this.ends = table.ends();
        this.startFrom = from(filter.startDateGreaterThanOrEqual());
        this.startTo = to(filter.startDateLessOrEqualThan());
        this.endFrom = from(filter.endDateGreaterThanOrEqual());
        this.endTo = to(filter.endDateLessOrEqualThan());
        this.templateCodes = table.templateCodes();
        if (filter.templateIdIn() == null) {
            this.templates = null;
        } else {
            this.templates = new boolean[table.templateCount()];
            for (String templateId : filter.templateIdIn()) {
                int code = table.codeOfTemplate(templateId);
                if (code >= 0) {
                    templates[code] = true;
                }
            }
        }
        this.labels = filter.labels();
        this.labelMask = labels == null ? 0 : table.labels().maskOf(labels);
        this.labelLookup = labels != null && table.labels().needsLookup(labels);
        this.term = filter.searchTerm() == null ? null : filter.searchTerm().toLowerCase(Locale.ROOT);
        this.termFound = term == null ? null : new byte[table.names().size()];
    }

    boolean matches(int slot) {
        long start = starts[slot];
        long end = ends[slot];
        return start >= startFrom && start <= startTo && end >= endFrom && end <= endTo
                && (templates == null || templates[templateCodes[slot]])
                && (labels == null || hasLabel(slot))
                && (term == null || holdsTerm(table.nameCodes()[slot]));
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
        long bits = table.labelBits()[slot];
        if ((bits & labelMask) != 0) {
            return true;
        }
        if (labelLookup && (bits & LabelBits.OTHER) != 0) {
            for (String label : table.events()[slot].labels()) {
                if (labels.contains(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first millisecond at or after a lower bound; the earliest of all when there is none. */
    private static long from(Instant bound) {
        if (bound == null) {
            return Long.MIN_VALUE;
        }
        return bound.toEpochMilli() + (bound.getNano() % 1_000_000 == 0 ? 0 : 1);
    }

    /** The last millisecond at or before an upper bound; the latest of all when there is none. */
    private static long to(Instant bound) {
        return bound == null ? Long.MAX_VALUE : bound.toEpochMilli();
    }
}
