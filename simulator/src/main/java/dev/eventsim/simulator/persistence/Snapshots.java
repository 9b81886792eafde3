package dev.eventsim.simulator.persistence;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.state.PartnerImage;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named snapshots in memory: of the whole simulator, or of one partner's data. Saving a name again
 * replaces that snapshot. A snapshot is an immutable {@link SimulatorImage}, and a restore builds
 * new state from it, so changes after a restore never reach the snapshot: it can be restored again
 * and again. Snapshots are the tester's saved copies, not simulated state, so a reset leaves them.
 */
public final class Snapshots {
    private final StateCapture capture;
    private final Clock clock;
    private final Map<String, Snapshot> byName = new LinkedHashMap<>();

    public Snapshots(StateCapture capture, Clock clock) {
        this.capture = capture;
        this.clock = clock;
    }

    /** A saved snapshot: of everything ({@code partnerId} null) or of one partner's data. */
    public record Snapshot(String name, Long partnerId, Instant takenAt, SimulatorImage image) {

        public String scope() {
            return partnerId == null ? "all" : "partner";
        }

        /** Row counts summed over the partners it holds: partners, events, sessions, then each table. */
        public Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("partners", image.data().size());
            counts.put("events", 0);
            counts.put("sessions", 0);
            for (PartnerImage partner : image.data()) {
                partner.counts().forEach((name, n) -> counts.merge(name, n, Integer::sum));
            }
            return counts;
        }
    }

    public synchronized Snapshot save(String name, Long partnerId) {
        SimulatorImage image = partnerId == null ? capture.capture() : capture.capturePartner(partnerId);
        Snapshot snapshot = new Snapshot(name, partnerId, clock.instant(), image);
        byName.remove(name);
        byName.put(name, snapshot);
        return snapshot;
    }

    /** In the order they were saved (a replaced one counts as saved again). */
    public synchronized List<Snapshot> all() {
        return List.copyOf(byName.values());
    }

    public synchronized Snapshot get(String name) {
        Snapshot snapshot = byName.get(name);
        if (snapshot == null) {
            throw ApiErrors.snapshotNotFound(name);
        }
        return snapshot;
    }

    public synchronized Snapshot restore(String name) {
        Snapshot snapshot = get(name);
        if (snapshot.partnerId() == null) {
            capture.restore(snapshot.image());
        } else {
            capture.restorePartner(snapshot.partnerId(), snapshot.image());
        }
        return snapshot;
    }

    public synchronized Snapshot delete(String name) {
        Snapshot snapshot = get(name);
        byName.remove(name);
        return snapshot;
    }
}
