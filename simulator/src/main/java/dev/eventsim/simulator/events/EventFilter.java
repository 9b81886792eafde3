package dev.eventsim.simulator.events;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The eight filters of events/list; a null filter is not applied. Date bounds are inclusive,
 * {@code searchTerm} matches the name case-insensitively, {@code labels} matches any of them.
 */
public record EventFilter(
        Set<Long> idIn,
        Set<String> templateIdIn,
        String searchTerm,
        Set<String> labels,
        Instant startDateGreaterThanOrEqual,
        Instant startDateLessOrEqualThan,
        Instant endDateGreaterThanOrEqual,
        Instant endDateLessOrEqualThan) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null);

    public boolean matches(Event event) {
        return (idIn == null || idIn.contains(event.id()))
                && (templateIdIn == null || templateIdIn.contains(event.templateId()))
                && (searchTerm == null || event.name().toLowerCase(Locale.ROOT).contains(searchTerm.toLowerCase(Locale.ROOT)))
                && (labels == null || anyOf(event.labels()))
                && (startDateGreaterThanOrEqual == null || !event.startDate().isBefore(startDateGreaterThanOrEqual))
                && (startDateLessOrEqualThan == null || !event.startDate().isAfter(startDateLessOrEqualThan))
                && (endDateGreaterThanOrEqual == null || !event.endDate().isBefore(endDateGreaterThanOrEqual))
                && (endDateLessOrEqualThan == null || !event.endDate().isAfter(endDateLessOrEqualThan));
    }

    private boolean anyOf(List<String> eventLabels) {
        for (String label : eventLabels) {
            if (labels.contains(label)) {
                return true;
            }
        }
        return false;
    }
}
