package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.ForbiddenException;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.errors.RateLimitedException;
import dev.eventsim.client.errors.UnauthorizedException;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.Target;
import dev.eventsim.contract.targets.TargetExtension;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.faults.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The errors a client must handle, as the target gives them: typed, with status, message and trace id. */
@ExtendWith(TargetExtension.class)
class ErrorsConformanceIT {

    @Test
    void an_unknown_time_zone_is_an_invalid_argument(Fixtures fixtures) {
        Instant start = fixtures.start();
        InvalidArgumentException e = catchThrowableOfType(InvalidArgumentException.class,
                () -> fixtures.client().events().create(NewEvent.builder().templateId("tm0000")
                        .name(fixtures.name("no time zone")).startDate(start).endDate(start.plus(Duration.ofHours(1)))
                        .timezone("Europe/Atlantis").build()));

        assertDecoded(e, 400, "InvalidArgument");
    }

    @Test
    void a_ks_that_is_not_one_is_refused_with_401(Target target) {
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> target.clientWithKs("not-a-valid-ks").events().list());

        assertDecoded(e, 401, "NEW_LOGIN_REQUIRED");
    }

    @Test
    void a_user_ks_is_refused_with_403(Target target) {
        Assumptions.assumeTrue(target.userKs().isPresent(), "minting a USER KS needs the partner's admin secret"
                + " (EVENTS_PARTNER_ID and EVENTS_ADMIN_SECRET); an ADMIN KS alone cannot make one");

        ForbiddenException e = catchThrowableOfType(ForbiddenException.class,
                () -> target.clientWithKs(target.userKs().orElseThrow()).events().list());

        assertDecoded(e, 403, "Forbidden");
    }

    @Test
    void a_deleted_event_is_not_found(Fixtures fixtures) {
        Event event = fixtures.event();
        fixtures.client().events().delete(event.id());

        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> fixtures.client().sessions().list(event.id()));

        assertDecoded(e, 404, "ResourceDoesNotExist");
    }

    @Test
    void over_the_rate_limit_a_call_is_refused_with_429_and_retry_after(Fixtures fixtures) {
        ControlPlane controlPlane = fixtures.target().controlPlane().orElse(null);
        Assumptions.assumeTrue(controlPlane != null, "only the simulator's control plane can lower a rate limit;"
                + " pushing a real region over its limit would disturb every other client of the account");
        controlPlane.setRateLimit(new RateLimit(null, 1, Duration.ofMinutes(1)));
        try {
            fixtures.client().events().list();
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                    () -> fixtures.target().client(RetryPolicy.none()).events().list());

            assertDecoded(e, 429, "RateLimitReached");
            assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait)
                    .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        } finally {
            controlPlane.clearRateLimits(null);
        }
    }

    private static void assertDecoded(EventsApiException e, int httpStatus, String status) {
        assertThat(e).as("the client threw the typed exception").isNotNull();
        assertThat(e.httpStatus()).isEqualTo(httpStatus);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.serverMessage()).isNotBlank();
        assertThat(e.traceId()).as("every answer carries an x-traceid").isNotBlank();
    }
}
