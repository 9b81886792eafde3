package dev.eventsim.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.FaultRule;
import dev.eventsim.simulator.faults.FaultRules;
import java.util.List;

/** {@code /__sim/faults}: adds, lists, reads and removes fault rules. */
public final class FaultsController {
    private final FaultRules rules;

    public FaultsController(FaultRules rules) {
        this.rules = rules;
    }

    /** A rule's action as the control plane shows and takes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(String type, Integer httpStatus, String status, String message, Long retryAfterSeconds,
                             Long minMs, Long maxMs) {
        static ActionView of(FaultAction action) {
            if (action instanceof FaultAction.Respond r) {
                return new ActionView("respond", r.httpStatus(), r.status().name(), r.message(), r.retryAfterSeconds(),
                        null, null);
            }
            if (action instanceof FaultAction.Latency l) {
                return new ActionView("latency", null, null, null, null, l.minMs(), l.maxMs());
            }
            if (action instanceof FaultAction.CommitThenFail c) {
                return new ActionView("commitThenFail", 500, "OperationNotAllowed", c.message(), null, null, null);
            }
            return new ActionView("drop", null, null, null, null, null, null);
        }
    }

    /** A rule as the control plane shows it; {@code operations} absent means every /api/v1 operation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleView(String id, List<String> operations, Long partnerId, Double probability, Integer times,
                           long seed, ActionView action, int fired, Integer remaining, boolean spent,
                           Long lastLatencyMs, String createdAt) {
        static RuleView of(FaultRule r) {
            return new RuleView(r.id(), r.operations().isEmpty() ? null : r.operations().stream().sorted().toList(),
                    r.partnerId(), r.probability(), r.times(), r.seed(), ActionView.of(r.action()), r.fired(),
                    r.remaining(), r.spent(), r.lastLatencyMs(), Timestamps.format(r.createdAt()));
        }
    }

    /** The answer of the rule list. */
    public record RuleList(List<RuleView> rules) {
    }

    /** The answer of removing every rule. */
    public record Removed(int removed) {
    }

    public Object add(ControlRequest request) {
        return RuleView.of(rules.add(FaultRuleRequest.read(request.body())));
    }

    public Object list(ControlRequest request) {
        return new RuleList(rules.all().stream().map(RuleView::of).toList());
    }

    public Object read(ControlRequest request) {
        return RuleView.of(rules.get(request.path("ruleId")));
    }

    public Object remove(ControlRequest request) {
        return RuleView.of(rules.remove(request.path("ruleId")));
    }

    public Object clear(ControlRequest request) {
        return new Removed(rules.clear());
    }
}
