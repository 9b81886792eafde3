package dev.eventsim.contract.targets;

import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.auth.KsV2;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the suites authenticate against a real service, from the environment only (never the
 * command line, which other users of the machine can read): a ready ADMIN KS in
 * {@code EVENTS_KS}, or a partner id and admin secret in {@code EVENTS_PARTNER_ID} and
 * {@code EVENTS_ADMIN_SECRET}, from which the client mints KSes locally.
 */
public sealed interface Credentials {
    String KS_VARIABLE = "EVENTS_KS";
    String PARTNER_ID_VARIABLE = "EVENTS_PARTNER_ID";
    String ADMIN_SECRET_VARIABLE = "EVENTS_ADMIN_SECRET";
    /** The user id minted KSes name; the service records it as the author of what the suites create. */
    String USER_ID = "contract-tests";
    Duration VALIDITY = Duration.ofHours(12);

    /** The ADMIN KS provider requests are sent with. */
    KsProvider adminKs(Clock clock);

    /** A USER KS of the same partner, when the admin secret is known. */
    Optional<String> userKs(Clock clock);

    /** An ADMIN KS obtained elsewhere, such as from {@code session.start}. */
    record FixedKs(String ks) implements Credentials {
        @Override
        public KsProvider adminKs(Clock clock) {
            return KsProvider.fixed(ks);
        }

        @Override
        public Optional<String> userKs(Clock clock) {
            return Optional.empty();
        }

        /** Never prints the KS: test reports and logs outlive it. */
        @Override
        public String toString() {
            return "FixedKs[from " + KS_VARIABLE + "]";
        }
    }

    /** A partner id and its admin secret: KSes of either type are minted here, the secret never sent. */
    record PartnerSecret(long partnerId, String adminSecret) implements Credentials {
        @Override
        public KsProvider adminKs(Clock clock) {
            return KsProvider.minting(partnerId, adminSecret, USER_ID, VALIDITY, clock);
        }

        @Override
        public Optional<String> userKs(Clock clock) {
            return Optional.of(KsV2.mint(partnerId, adminSecret, KsV2.USER, USER_ID,
                    clock.instant().plus(VALIDITY), ""));
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "PartnerSecret[partnerId=" + partnerId + ", adminSecret from " + ADMIN_SECRET_VARIABLE + "]";
        }
    }

    /** The credentials the environment holds, if any; the partner id and secret win over a KS. */
    static Optional<Credentials> fromEnvironment(Map<String, String> environment) {
        String partnerId = blankToNull(environment.get(PARTNER_ID_VARIABLE));
        String secret = blankToNull(environment.get(ADMIN_SECRET_VARIABLE));
        if (partnerId != null && secret != null) {
            try {
                return Optional.of(new PartnerSecret(Long.parseLong(partnerId), secret));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PARTNER_ID_VARIABLE + " must be a number, got '" + partnerId + "'",
                        e);
            }
        }
        String ks = blankToNull(environment.get(KS_VARIABLE));
        return ks == null ? Optional.empty() : Optional.of(new FixedKs(ks));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
