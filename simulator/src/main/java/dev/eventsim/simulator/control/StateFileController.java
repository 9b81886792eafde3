package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.Timestamps;
import java.time.Clock;

/** {@code POST /__sim/state/save}: writes the state file now (it is also written on clean shutdown). */
public final class StateFileController {
    private final StateFile file;
    private final StateCapture capture;
    private final Clock clock;

    /** {@code file} is null when the simulator runs without a state file. */
    public StateFileController(StateFile file, StateCapture capture, Clock clock) {
        this.file = file;
        this.capture = capture;
        this.clock = clock;
    }

    /** Where the state went, how big it is, and the clock's time of the save. */
    public record Saved(String path, long bytes, String savedAt) {
    }

    public Object save(ControlRequest request) {
        if (file == null) {
            throw ApiErrors.noStateFile();
        }
        long bytes;
        try {
            bytes = file.save(capture.capture());
        } catch (StateFileException e) {
            throw ApiErrors.internal(e.getMessage());
        }
        return new Saved(file.path().toString(), bytes, Timestamps.format(clock.instant()));
    }
}
