package dev.eventsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.faults.FaultRule;
import java.util.List;

/** A fault rule as the control plane shows it; {@code operations} absent means every /api/v1 operation. */
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
