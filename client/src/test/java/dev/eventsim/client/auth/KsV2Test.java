package dev.eventsim.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.auth.KalturaSession;
import dev.eventsim.simulator.auth.KsCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The client's KS v2 minting, read back by the simulator's independent implementation of the
 * same algorithm: two readings of docs/fidelity.md ("Kaltura Sessions") that must agree.
 */
class KsV2Test {
    private static final Instant EXPIRY = Instant.parse("2030-01-01T10:00:00Z");

    private static KalturaSession open(String ks, String secret) throws Exception {
        return KsCodec.open(KsCodec.parse(ks), secret);
    }

    @Test
    void a_minted_ks_opens_with_the_partner_secret_and_carries_its_fields() throws Exception {
        String ks = KsV2.mint(1000001, "local-admin-secret", KsV2.ADMIN, "sync@example.test", EXPIRY,
                "disableentitlement,privacycontext:events");

        KalturaSession session = open(ks, "local-admin-secret");

        assertThat(session.partnerId()).isEqualTo(1000001);
        assertThat(session.userId()).isEqualTo("sync@example.test");
        assertThat(session.type()).isEqualTo(KsV2.ADMIN);
        assertThat(session.expiry()).isEqualTo(EXPIRY);
        assertThat(session.privileges()).isEqualTo("disableentitlement,privacycontext:events");
    }

    @Test
    void a_ks_is_url_safe_base64_of_v2_and_the_partner_id() {
        String ks = KsV2.mint(2001, "s3cret", KsV2.ADMIN, "a+b/c@example.test", EXPIRY, "");

        assertThat(ks).doesNotContain("+", "/");
        byte[] raw = Base64.getDecoder().decode(ks.replace('-', '+').replace('_', '/'));
        assertThat(new String(raw, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("v2|2001|");
        assertThat((raw.length - 8) % 16).as("whole AES blocks").isZero();
    }

    @Test
    void two_kses_for_the_same_fields_differ_by_their_random_prefix() {
        assertThat(KsV2.mint(1, "s", KsV2.ADMIN, "u", EXPIRY, ""))
                .isNotEqualTo(KsV2.mint(1, "s", KsV2.ADMIN, "u", EXPIRY, ""));
    }

    @Test
    void a_user_id_with_reserved_characters_survives_url_encoding() throws Exception {
        String ks = KsV2.mint(1, "s", KsV2.USER, "a&b=c d@example.test", EXPIRY, "");

        assertThat(open(ks, "s").userId()).isEqualTo("a&b=c d@example.test");
        assertThat(open(ks, "s").type()).isEqualTo(KsV2.USER);
    }
}
