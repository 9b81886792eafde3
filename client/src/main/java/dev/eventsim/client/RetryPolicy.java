package dev.eventsim.client;

import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.RateLimitedException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before trying a call again. The defaults follow the guide's retry
 * advice: server errors (5xx), timeouts, connection failures and 429 retry, at most 3 times,
 * after 1 s, 2 s and 4 s plus up to 25 % jitter, or after the {@code Retry-After} the service
 * gave; 400, 401, 403, 404 and 409 never retry, since sending the same request again cannot help.
 */
public final class RetryPolicy {
    private final int maxRetries;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;
    private final double jitter;
    private final DoubleSupplier jitterSource;
    private final boolean honourRetryAfter;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.multiplier = b.multiplier;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.jitterSource = b.jitterSource;
        this.honourRetryAfter = b.honourRetryAfter;
        this.maxRetryAfter = b.maxRetryAfter;
    }

    /** The guide's advice: 3 retries after 1 s, 2 s, 4 s plus jitter; {@code Retry-After} up to a minute. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** Every call is tried once. */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** Whether a failure is worth another try: it may be gone by then. */
    public boolean isRetryable(EventsApiException failure) {
        if (failure instanceof TransportException transport) {
            return transport.kind() != TransportException.Kind.INTERRUPTED;
        }
        return failure instanceof ServerErrorException || failure instanceof RateLimitedException;
    }

    /**
     * How long to wait before retry number {@code retry} (1 for the first) after {@code failure}:
     * the service's {@code Retry-After} when it gave one, else the backoff with jitter. Empty
     * when the service asks for a longer wait than {@link Builder#maxRetryAfter} allows.
     */
    public Optional<Duration> delayBeforeRetry(int retry, EventsApiException failure) {
        Optional<Duration> retryAfter = honourRetryAfter ? failure.retryAfter() : Optional.empty();
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : retryAfter;
        }
        return Optional.of(backoff(retry));
    }

    /** The backoff before retry number {@code retry}, jitter included. */
    public Duration backoff(int retry) {
        double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        double capped = Math.min(base, maxBackoff.toMillis());
        double withJitter = capped + capped * jitter * jitterSource.getAsDouble();
        return Duration.ofMillis(Math.round(withJitter));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", multiplier="
                + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", honourRetryAfter="
                + honourRetryAfter + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    /** Builds a {@link RetryPolicy}; every setting starts at the guide's default. */
    public static final class Builder {
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private double multiplier = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double jitter = 0.25;
        private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
        private boolean honourRetryAfter = true;
        private Duration maxRetryAfter = Duration.ofMinutes(1);

        private Builder() {
        }

        /** Retries after the first attempt; 0 turns retrying off. Default 3. */
        public Builder maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, got " + value);
            }
            this.maxRetries = value;
            return this;
        }

        /** The wait before the first retry, before jitter. Default 1 s. */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = positiveOrZero(value, "initialBackoff");
            return this;
        }

        /** Each further wait is this many times the previous one. Default 2. */
        public Builder multiplier(double value) {
            if (!(value >= 1.0)) {
                throw new IllegalArgumentException("multiplier must be at least 1, got " + value);
            }
            this.multiplier = value;
            return this;
        }

        /** No backoff exceeds this, before jitter. Default 30 s. */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = positiveOrZero(value, "maxBackoff");
            return this;
        }

        /** Up to this fraction of each backoff is added at random, so clients do not retry in step. Default 0.25. */
        public Builder jitter(double fraction) {
            if (!(fraction >= 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1, got " + fraction);
            }
            this.jitter = fraction;
            return this;
        }

        /** Where the jitter's randomness comes from: values in [0, 1). Tests pass a fixed one. */
        public Builder jitterSource(DoubleSupplier value) {
            this.jitterSource = Objects.requireNonNull(value, "jitterSource");
            return this;
        }

        /** Whether a {@code Retry-After} from the service replaces the backoff. Default true. */
        public Builder honourRetryAfter(boolean value) {
            this.honourRetryAfter = value;
            return this;
        }

        /** A {@code Retry-After} longer than this ends the retries instead. Default 1 minute. */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = positiveOrZero(value, "maxRetryAfter");
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positiveOrZero(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + value);
            }
            return value;
        }
    }
}
