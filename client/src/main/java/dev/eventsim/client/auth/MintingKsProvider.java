package dev.eventsim.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Mints v2 ADMIN KSes locally ({@link KsV2}) and hands out the current one until it is about to
 * expire: once less than the renewal margin (a tenth of the validity, at most five minutes) is
 * left on {@link Builder#clock the clock}, the next call mints a fresh one. Thread-safe.
 */
public final class MintingKsProvider implements KsProvider {
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    private final long partnerId;
    private final String adminSecret;
    private final String userId;
    private final Duration validity;
    private final String privileges;
    private final Clock clock;
    private final Duration renewalMargin;

    private String current;
    private Instant expiry;

    private MintingKsProvider(Builder b) {
        this.partnerId = b.partnerId;
        this.adminSecret = b.adminSecret;
        this.userId = b.userId;
        this.validity = b.validity;
        this.privileges = b.privileges;
        this.clock = b.clock;
        Duration tenth = validity.dividedBy(10);
        this.renewalMargin = tenth.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : tenth;
    }

    public static Builder builder(long partnerId, String adminSecret) {
        return new Builder(partnerId, adminSecret);
    }

    @Override
    public synchronized String ks() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(expiry.minus(renewalMargin))) {
            expiry = now.plus(validity);
            current = KsV2.mint(partnerId, adminSecret, KsV2.ADMIN, userId, expiry, privileges);
        }
        return current;
    }

    /** When the KS last handed out expires; null before the first. */
    public synchronized Instant expiry() {
        return expiry;
    }

    /** Builds a {@link MintingKsProvider}. */
    public static final class Builder {
        private final long partnerId;
        private final String adminSecret;
        private String userId;
        private Duration validity = Duration.ofHours(24);
        private String privileges = "";
        private Clock clock = Clock.systemUTC();

        private Builder(long partnerId, String adminSecret) {
            this.partnerId = partnerId;
            this.adminSecret = Objects.requireNonNull(adminSecret, "adminSecret");
        }

        /** The user the KS is issued for; the Events API refuses a KS without one. Required. */
        public Builder userId(String value) {
            this.userId = value;
            return this;
        }

        /** How long each KS is valid. Default 24 hours, as {@code session.start}. */
        public Builder validity(Duration value) {
            Objects.requireNonNull(value, "validity");
            if (value.compareTo(Duration.ofSeconds(10)) < 0) {
                throw new IllegalArgumentException("validity must be at least 10 seconds, got " + value);
            }
            this.validity = value;
            return this;
        }

        /** Comma-separated privileges, such as {@code disableentitlement}. Default none. */
        public Builder privileges(String value) {
            this.privileges = value == null ? "" : value;
            return this;
        }

        /** The clock expiry is judged on; it should agree with the service's. Default the system clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public MintingKsProvider build() {
            if (userId == null || userId.isBlank()) {
                throw new IllegalArgumentException("userId is required: the Events API needs a KS that names a user");
            }
            return new MintingKsProvider(this);
        }
    }
}
