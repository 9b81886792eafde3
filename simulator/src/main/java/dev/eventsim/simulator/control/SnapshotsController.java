package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.Timestamps;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Saves, lists, restores and deletes named snapshots. */
public final class SnapshotsController {
    // Names go in paths (/__sim/snapshots/{name}/restore): keep them to characters that need no escaping.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Snapshots snapshots;

    public SnapshotsController(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** A snapshot as the control plane shows it; {@code partnerId} only for a partner snapshot. */
    public record SnapshotView(String name, String scope, Long partnerId, String takenAt, Map<String, Integer> counts) {
        static SnapshotView of(Snapshots.Snapshot s) {
            return new SnapshotView(s.name(), s.scope(), s.partnerId(), Timestamps.format(s.takenAt()), s.counts());
        }
    }

    /** The snapshot list. */
    public record SnapshotList(List<SnapshotView> snapshots) {
    }

    /** {@code {"name": "baseline"}} for everything, {@code {"name": "p2", "partnerId": 2001}} for one partner. */
    public Object save(ControlRequest request) {
        JsonBody body = request.body();
        String name = checkName(body.requiredString("name"));
        Long partnerId = body.optionalLong("partnerId");
        if (partnerId != null && partnerId <= 0) {
            throw ApiErrors.invalidArgument("partnerId must be positive, got " + partnerId);
        }
        return SnapshotView.of(snapshots.save(name, partnerId));
    }

    /** A name a path can carry; the in-process control plane checks names the same way. */
    static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw ApiErrors.invalidArgument("name '" + name
                    + "' must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    public Object list(ControlRequest request) {
        return new SnapshotList(snapshots.all().stream().map(SnapshotView::of).toList());
    }

    public Object read(ControlRequest request) {
        return SnapshotView.of(snapshots.get(request.path("name")));
    }

    public Object restore(ControlRequest request) {
        return SnapshotView.of(snapshots.restore(request.path("name")));
    }

    public Object delete(ControlRequest request) {
        return SnapshotView.of(snapshots.delete(request.path("name")));
    }
}
