package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.RuleView;
import java.util.List;

/** {@code /__sim/faults}: add, list, read and remove fault rules. */
public final class FaultsController {
    private final ControlPlane control;

    public FaultsController(ControlPlane control) {
        this.control = control;
    }

    /** The answer of the rule list. */
    public record RuleList(List<RuleView> rules) {
    }

    /** The answer of removing every rule. */
    public record Removed(int removed) {
    }

    public Object add(ControlRequest request) {
        return control.addFault(FaultRuleRequest.read(request.body()));
    }

    public Object list(ControlRequest request) {
        return new RuleList(control.faults());
    }

    public Object read(ControlRequest request) {
        return control.fault(request.path("ruleId"));
    }

    public Object remove(ControlRequest request) {
        return control.removeFault(request.path("ruleId"));
    }

    public Object clear(ControlRequest request) {
        return new Removed(control.removeFaults());
    }
}
