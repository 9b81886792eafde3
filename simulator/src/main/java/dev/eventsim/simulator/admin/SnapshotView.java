package dev.eventsim.simulator.admin;

import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.persistence.Snapshots;
import java.util.Map;

/** A snapshot as the control plane shows it: its scope (all or one partner) and what it holds. */
public record SnapshotView(String name, String scope, Long partnerId, String takenAt, Map<String, Integer> counts) {
    static SnapshotView of(Snapshots.Snapshot s) {
        return new SnapshotView(s.name(), s.scope(), s.partnerId(), Timestamps.format(s.takenAt()), s.counts());
    }
}
