package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.LocalControlPlane;
import dev.eventsim.simulator.admin.SnapshotView;
import dev.eventsim.simulator.api.JsonBody;
import java.util.List;

/** Saves, lists, restores and deletes named snapshots. */
public final class SnapshotsController {
    private final ControlPlane control;

    public SnapshotsController(ControlPlane control) {
        this.control = control;
    }

    /** The snapshot list. */
    public record SnapshotList(List<SnapshotView> snapshots) {
    }

    /** {@code {"name": "baseline"}} for everything, {@code {"name": "p2", "partnerId": 2001}} for one partner. */
    public Object save(ControlRequest request) {
        JsonBody body = request.body();
        // Names go in paths (/__sim/snapshots/{name}/restore): they are checked before anything else.
        String name = LocalControlPlane.checkedName(body.requiredString("name"));
        Long partnerId = body.optionalLong("partnerId");
        return partnerId == null ? control.saveSnapshot(name) : control.saveSnapshot(name, partnerId);
    }

    public Object list(ControlRequest request) {
        return new SnapshotList(control.snapshots());
    }

    public Object read(ControlRequest request) {
        return control.snapshot(request.path("name"));
    }

    public Object restore(ControlRequest request) {
        return control.restoreSnapshot(request.path("name"));
    }

    public Object delete(ControlRequest request) {
        return control.deleteSnapshot(request.path("name"));
    }
}
