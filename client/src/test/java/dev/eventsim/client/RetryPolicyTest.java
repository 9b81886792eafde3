package dev.eventsim.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.errors.ConflictException;
import dev.eventsim.client.errors.ErrorDetails;
import dev.eventsim.client.errors.ForbiddenException;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.errors.RateLimitedException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.errors.UnauthorizedException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final ErrorDetails DETAILS = new ErrorDetails("events/list", 500, "x", "m", "t", null);

    @Test
    void the_defaults_back_off_1_2_and_4_seconds_plus_up_to_a_quarter() {
        RetryPolicy noJitter = RetryPolicy.builder().jitterSource(() -> 0).build();
        RetryPolicy fullJitter = RetryPolicy.builder().jitterSource(() -> 0.999_999).build();

        assertThat(noJitter.maxRetries()).isEqualTo(3);
        assertThat(noJitter.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(noJitter.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(noJitter.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(fullJitter.backoff(3)).isEqualTo(Duration.ofMillis(5000));
    }

    @Test
    void backoff_is_capped_and_configurable() {
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).multiplier(3)
                .maxBackoff(Duration.ofMillis(500)).jitter(0).build();

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(300));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void server_errors_rate_limits_and_transport_failures_are_retryable_client_errors_are_not() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.isRetryable(new ServerErrorException(DETAILS))).isTrue();
        assertThat(policy.isRetryable(new RateLimitedException(DETAILS))).isTrue();
        assertThat(policy.isRetryable(new TransportException("events/list", TransportException.Kind.TIMEOUT,
                new IOException("timed out")))).isTrue();
        assertThat(policy.isRetryable(new TransportException("events/list", TransportException.Kind.INTERRUPTED,
                new InterruptedException()))).as("the caller wants to stop").isFalse();
        assertThat(policy.isRetryable(new InvalidArgumentException(DETAILS))).isFalse();
        assertThat(policy.isRetryable(new UnauthorizedException(DETAILS))).isFalse();
        assertThat(policy.isRetryable(new ForbiddenException(DETAILS))).isFalse();
        assertThat(policy.isRetryable(new NotFoundException(DETAILS))).isFalse();
        assertThat(policy.isRetryable(new ConflictException(DETAILS))).isFalse();
    }

    @Test
    void retry_after_replaces_the_backoff_unless_it_is_too_long_or_ignored() {
        RateLimitedException in5s = new RateLimitedException(new ErrorDetails("events/list", 429, "RateLimitReached",
                "m", "t", Duration.ofSeconds(5)));
        RateLimitedException in2min = new RateLimitedException(new ErrorDetails("events/list", 429,
                "RateLimitReached", "m", "t", Duration.ofMinutes(2)));

        assertThat(RetryPolicy.defaults().delayBeforeRetry(1, in5s)).contains(Duration.ofSeconds(5));
        assertThat(RetryPolicy.defaults().delayBeforeRetry(1, in2min)).isEmpty();
        assertThat(RetryPolicy.builder().jitter(0).honourRetryAfter(false).build().delayBeforeRetry(1, in5s))
                .contains(Duration.ofSeconds(1));
    }
}
