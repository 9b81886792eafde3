package dev.eventsim.client.events;

import dev.eventsim.client.internal.Lists;
import java.time.Instant;
import java.util.List;

/**
 * The criteria of {@code events/list}, combined with AND; an absent one does not restrict.
 * Start with {@link #all()} and add criteria.
 *
 * @param searchTerm the name contains this text
 * @param labels     the event carries any of these labels
 */
public record EventFilter(List<Long> idIn, List<String> templateIdIn, String searchTerm, List<String> labels,
                          Instant startDateGreaterThanOrEqual, Instant startDateLessOrEqualThan,
                          Instant endDateGreaterThanOrEqual, Instant endDateLessOrEqualThan) {

    public EventFilter {
        idIn = Lists.forRequest(idIn);
        templateIdIn = Lists.forRequest(templateIdIn);
        labels = Lists.forRequest(labels);
    }

    /** No criteria: every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, null);
    }

    public EventFilter withIdIn(List<Long> ids) {
        return new EventFilter(ids, templateIdIn, searchTerm, labels, startDateGreaterThanOrEqual,
                startDateLessOrEqualThan, endDateGreaterThanOrEqual, endDateLessOrEqualThan);
    }

    public EventFilter withTemplateIdIn(List<String> templateIds) {
        return new EventFilter(idIn, templateIds, searchTerm, labels, startDateGreaterThanOrEqual,
                startDateLessOrEqualThan, endDateGreaterThanOrEqual, endDateLessOrEqualThan);
    }

    public EventFilter withSearchTerm(String text) {
        return new EventFilter(idIn, templateIdIn, text, labels, startDateGreaterThanOrEqual,
                startDateLessOrEqualThan, endDateGreaterThanOrEqual, endDateLessOrEqualThan);
    }

    public EventFilter withLabels(List<String> anyOf) {
        return new EventFilter(idIn, templateIdIn, searchTerm, anyOf, startDateGreaterThanOrEqual,
                startDateLessOrEqualThan, endDateGreaterThanOrEqual, endDateLessOrEqualThan);
    }

    /** Events starting within {@code [from, to]}; either bound may be null. */
    public EventFilter withStartBetween(Instant from, Instant to) {
        return new EventFilter(idIn, templateIdIn, searchTerm, labels, from, to, endDateGreaterThanOrEqual,
                endDateLessOrEqualThan);
    }

    /** Events ending within {@code [from, to]}; either bound may be null. */
    public EventFilter withEndBetween(Instant from, Instant to) {
        return new EventFilter(idIn, templateIdIn, searchTerm, labels, startDateGreaterThanOrEqual,
                startDateLessOrEqualThan, from, to);
    }
}
