package dev.eventsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.eventsim.simulator.api.ApiException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A typed control-plane call the simulator refused, as the {@link ApiException} the client throws
 * (the route's HTTP code, {@code status} and message): {@code Refused.by(() -> control.publishEvent(id)).httpStatus()}.
 */
public final class Refused {
    private Refused() {
    }

    public static ApiException by(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("a refusal of the control plane").isInstanceOf(ApiException.class);
        return (ApiException) thrown;
    }
}
