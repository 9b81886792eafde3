package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import java.util.function.LongConsumer;

/**
 * {@code POST /__sim/reset}: everything back to how the simulator started, or, with
 * {@code {"partnerId": N}}, one partner's data only.
 */
public final class ResetController {
    private final Runnable resetAll;
    private final LongConsumer resetPartner;

    public ResetController(Runnable resetAll, LongConsumer resetPartner) {
        this.resetAll = resetAll;
        this.resetPartner = resetPartner;
    }

    /** What a reset did. */
    public record ResetDone(String reset, Long partnerId) {
    }

    public Object reset(ControlRequest request) {
        Long partnerId = request.body().optionalLong("partnerId");
        if (partnerId == null) {
            resetAll.run();
            return new ResetDone("all", null);
        }
        if (partnerId <= 0) {
            throw ApiErrors.invalidArgument("partnerId must be positive, got " + partnerId);
        }
        resetPartner.accept(partnerId);
        return new ResetDone("partner", partnerId);
    }
}
