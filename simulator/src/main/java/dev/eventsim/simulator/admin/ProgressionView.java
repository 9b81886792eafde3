package dev.eventsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.duplication.Progression;
import java.time.Duration;

/** How a job progresses, as the control plane shows and takes it; fields of other modes are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressionView(String mode, Integer polls, String after) {
    public static ProgressionView of(Progression p) {
        return switch (p.mode()) {
            case immediate -> new ProgressionView("immediate", null, null);
            case polls -> new ProgressionView("polls", p.polls(), null);
            case duration -> new ProgressionView("duration", null, p.after().toString());
        };
    }

    /** The progression this view names. */
    public Progression toProgression() {
        return switch (mode) {
            case "polls" -> Progression.afterPolls(polls);
            case "duration" -> Progression.afterDuration(Duration.parse(after));
            default -> Progression.immediate();
        };
    }
}
