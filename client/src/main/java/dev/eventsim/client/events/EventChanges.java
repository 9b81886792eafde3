package dev.eventsim.client.events;

import dev.eventsim.client.internal.Instants;
import dev.eventsim.client.internal.Lists;
import java.time.Instant;
import java.util.List;

/**
 * What {@code events/update} takes: the event's {@code id} and only the fields to change (the
 * others are not sent, so they keep their value). Start with {@link #of(long)}.
 *
 * @param labels        replaces the whole label list
 * @param logoEntryId   an entry id; the event's {@code logoUrl} follows it
 * @param bannerEntryId an entry id; the event's {@code bannerImageUrl} follows it
 */
public record EventChanges(long id, String name, String description, Instant startDate, Instant endDate,
                           Instant doorsOpenDate, String timezone, List<String> labels, String logoEntryId,
                           String bannerEntryId) {

    public EventChanges {
        labels = Lists.forRequest(labels);
        startDate = Instants.toMillis(startDate);
        endDate = Instants.toMillis(endDate);
        doorsOpenDate = Instants.toMillis(doorsOpenDate);
    }

    /** No change yet to event {@code id}. */
    public static EventChanges of(long id) {
        return new EventChanges(id, null, null, null, null, null, null, null, null, null);
    }

    public EventChanges withName(String value) {
        return new EventChanges(id, value, description, startDate, endDate, doorsOpenDate, timezone, labels,
                logoEntryId, bannerEntryId);
    }

    public EventChanges withDescription(String value) {
        return new EventChanges(id, name, value, startDate, endDate, doorsOpenDate, timezone, labels, logoEntryId,
                bannerEntryId);
    }

    public EventChanges withStartDate(Instant value) {
        return new EventChanges(id, name, description, value, endDate, doorsOpenDate, timezone, labels, logoEntryId,
                bannerEntryId);
    }

    public EventChanges withEndDate(Instant value) {
        return new EventChanges(id, name, description, startDate, value, doorsOpenDate, timezone, labels, logoEntryId,
                bannerEntryId);
    }

    public EventChanges withDoorsOpenDate(Instant value) {
        return new EventChanges(id, name, description, startDate, endDate, value, timezone, labels, logoEntryId,
                bannerEntryId);
    }

    public EventChanges withTimezone(String value) {
        return new EventChanges(id, name, description, startDate, endDate, doorsOpenDate, value, labels, logoEntryId,
                bannerEntryId);
    }

    public EventChanges withLabels(List<String> value) {
        return new EventChanges(id, name, description, startDate, endDate, doorsOpenDate, timezone, value,
                logoEntryId, bannerEntryId);
    }

    public EventChanges withLogoEntryId(String value) {
        return new EventChanges(id, name, description, startDate, endDate, doorsOpenDate, timezone, labels, value,
                bannerEntryId);
    }

    public EventChanges withBannerEntryId(String value) {
        return new EventChanges(id, name, description, startDate, endDate, doorsOpenDate, timezone, labels,
                logoEntryId, value);
    }
}
