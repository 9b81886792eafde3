package dev.eventsim.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Both KS versions against the layout docs/fidelity.md ("Kaltura Sessions") describes. */
class KsCodecTest {
    private static final long PARTNER = 1_000_001;
    private static final String SECRET = "local-admin-secret";
    private static final Instant EXPIRY = Instant.parse("2031-01-02T03:04:05.678Z");
    private static final String PRIVILEGES = "disableentitlement,setrole:123";

    @Test
    void a_v2_ks_round_trips_partner_user_type_expiry_and_privileges() throws Exception {
        String ks = KsCodec.encodeV2(PARTNER, SECRET, 2, "ada@example.test", EXPIRY, PRIVILEGES);

        KalturaSession session = open(ks, SECRET);

        assertThat(session.version()).isEqualTo(2);
        assertThat(session.partnerId()).isEqualTo(PARTNER);
        assertThat(session.userId()).isEqualTo("ada@example.test");
        assertThat(session.type()).isEqualTo(2);
        assertThat(session.isAdmin()).isTrue();
        assertThat(session.expiry()).as("expiry is carried in whole unix seconds")
                .isEqualTo(EXPIRY.truncatedTo(ChronoUnit.SECONDS));
        assertThat(session.privileges()).isEqualTo(PRIVILEGES);
    }

    @Test
    void a_v2_ks_keeps_a_user_id_with_url_special_characters() throws Exception {
        String userId = "a&b=c d+é;x";

        KalturaSession session = open(KsCodec.encodeV2(PARTNER, SECRET, 0, userId, EXPIRY, ""), SECRET);

        assertThat(session.userId()).as("the v2 fields are URL-encoded, so & and = survive").isEqualTo(userId);
        assertThat(session.type()).isEqualTo(0);
        assertThat(session.isAdmin()).isFalse();
        assertThat(session.privileges()).isEmpty();
    }

    @Test
    void a_v1_ks_round_trips_partner_user_type_expiry_and_privileges() throws Exception {
        String ks = KsCodec.encodeV1(PARTNER, SECRET, 2, "ada@example.test", EXPIRY, PRIVILEGES);

        KalturaSession session = open(ks, SECRET);

        assertThat(session.version()).isEqualTo(1);
        assertThat(session.partnerId()).isEqualTo(PARTNER);
        assertThat(session.userId()).isEqualTo("ada@example.test");
        assertThat(session.type()).isEqualTo(2);
        assertThat(session.expiry()).isEqualTo(EXPIRY.truncatedTo(ChronoUnit.SECONDS));
        assertThat(session.privileges()).isEqualTo(PRIVILEGES);
    }

    @Test
    void a_v2_ks_is_base64_of_the_v2_header_and_the_ciphertext_in_the_url_safe_alphabet() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tokens.add(KsCodec.encodeV2(PARTNER, SECRET, 2, "admin", EXPIRY, ""));
        }

        for (String ks : tokens) {
            assertThat(ks).as("a KS uses - and _ instead of + and /").doesNotContain("+", "/");
            byte[] raw = urlSafeBase64(ks);
            String header = "v2|" + PARTNER + "|";
            assertThat(new String(raw, 0, header.length(), StandardCharsets.US_ASCII)).isEqualTo(header);
            int cipherLength = raw.length - header.length();
            assertThat(cipherLength).as("the ciphertext is whole AES blocks").isPositive();
            assertThat(cipherLength % 16).as("the ciphertext is whole AES blocks").isZero();
        }
        assertThat(tokens).as("60 random ciphertexts use at least one of the two replaced characters")
                .anyMatch(ks -> ks.contains("-") || ks.contains("_"));
        assertThat(tokens).as("the random prefix makes every KS different").doesNotHaveDuplicates();
    }

    @Test
    void a_v2_ks_decrypts_with_plain_javax_crypto_as_any_kaltura_tool_would() throws Exception {
        String ks = KsCodec.encodeV2(PARTNER, SECRET, 2, "grace", EXPIRY, "");
        byte[] raw = urlSafeBase64(ks);
        byte[] cipherText = Arrays.copyOfRange(raw, ("v2|" + PARTNER + "|").length(), raw.length);

        byte[] key = Arrays.copyOf(MessageDigest.getInstance("SHA-1").digest(SECRET.getBytes(StandardCharsets.UTF_8)), 16);
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        byte[] plain = aes.doFinal(cipherText);
        int end = plain.length;
        while (end > 0 && plain[end - 1] == 0) {
            end--;
        }
        byte[] hash = Arrays.copyOf(plain, 20);
        byte[] signed = Arrays.copyOfRange(plain, 20, end);

        assertThat(MessageDigest.getInstance("SHA-1").digest(signed))
                .as("the plaintext starts with the SHA-1 of random prefix + fields").isEqualTo(hash);
        String fields = new String(signed, 16, signed.length - 16, StandardCharsets.UTF_8);
        assertThat(fields.split("&")).contains("_u=grace", "_t=2", "_e=" + EXPIRY.getEpochSecond());
    }

    @Test
    void a_v1_signature_is_the_hex_sha1_of_secret_and_info() throws Exception {
        String ks = KsCodec.encodeV1(PARTNER, SECRET, 2, "ada", EXPIRY, "disableentitlement");
        String decoded = new String(Base64.getDecoder().decode(ks), StandardCharsets.UTF_8);
        int bar = decoded.indexOf('|');
        String signature = decoded.substring(0, bar);
        String info = decoded.substring(bar + 1);

        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-1").digest((SECRET + info).getBytes(StandardCharsets.UTF_8)));

        assertThat(signature).isEqualTo(expected);
        String[] parts = info.split(";", -1);
        assertThat(parts).as("partnerId;partnerId;expiry;type;random;userId;privileges").hasSize(7);
        assertThat(parts[0]).isEqualTo(Long.toString(PARTNER));
        assertThat(parts[1]).isEqualTo(Long.toString(PARTNER));
        assertThat(parts[2]).isEqualTo(Long.toString(EXPIRY.getEpochSecond()));
        assertThat(parts[3]).isEqualTo("2");
        assertThat(parts[4]).matches("[0-9]+");
        assertThat(parts[5]).isEqualTo("ada");
        assertThat(parts[6]).isEqualTo("disableentitlement");
    }

    @Test
    void a_v2_ks_with_one_character_of_its_ciphertext_changed_is_rejected() {
        String ks = KsCodec.encodeV2(PARTNER, SECRET, 2, "admin", EXPIRY, PRIVILEGES);

        assertThatThrownBy(() -> open(flipMiddle(ks), SECRET)).isInstanceOf(KsFormatException.class);
    }

    @Test
    void a_v1_ks_with_one_character_of_its_info_changed_is_rejected() {
        String ks = KsCodec.encodeV1(PARTNER, SECRET, 2, "admin", EXPIRY, "");
        String decoded = new String(Base64.getDecoder().decode(ks), StandardCharsets.UTF_8);
        String forged = Base64.getEncoder().encodeToString(decoded.replace(";2;", ";0;").getBytes(StandardCharsets.UTF_8));

        assertThat(forged).isNotEqualTo(ks);
        assertThatThrownBy(() -> open(forged, SECRET)).isInstanceOf(KsFormatException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void a_ks_opened_with_another_secret_is_rejected() {
        String v2 = KsCodec.encodeV2(PARTNER, SECRET, 2, "admin", EXPIRY, "");
        String v1 = KsCodec.encodeV1(PARTNER, SECRET, 2, "admin", EXPIRY, "");

        assertThatThrownBy(() -> open(v2, "another-secret")).isInstanceOf(KsFormatException.class);
        assertThatThrownBy(() -> open(v1, "another-secret")).isInstanceOf(KsFormatException.class);
    }

    @Test
    void a_signed_v1_ks_expiring_beyond_the_range_of_instant_opens_as_never_expiring() throws Exception {
        KalturaSession session = open(farFutureV1Ks(), SECRET);

        assertThat(session.expiry()).as("clamped to Instant's range rather than thrown")
                .isAfter(Instant.parse("+1000000-01-01T00:00:00Z"));
        assertThat(session.userId()).isEqualTo("admin");
    }

    @Test
    void garbage_is_not_a_ks() {
        List<String> garbage = List.of("", "hello", "not-a-ks", "%%%%",
                Base64.getEncoder().encodeToString("v2|12ab|xxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII)),
                Base64.getEncoder().encodeToString("just some text|1;2;3".getBytes(StandardCharsets.US_ASCII)),
                Base64.getEncoder().encodeToString("v2|1000001|short".getBytes(StandardCharsets.US_ASCII)),
                Base64.getEncoder().encodeToString("v2|1000001|".getBytes(StandardCharsets.US_ASCII)));

        for (String token : garbage) {
            assertThatThrownBy(() -> open(token, SECRET)).as("token '%s'", token).isInstanceOf(KsFormatException.class);
        }
    }

    /** A v1 ADMIN KS of the default partner, signed by hand, whose expiry lies past year 1,000,000,000. */
    static String farFutureV1Ks() throws Exception {
        String info = PARTNER + ";" + PARTNER + ";99999999999999999;2;123;admin;";
        String signature = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-1").digest((SECRET + info).getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString((signature + "|" + info).getBytes(StandardCharsets.UTF_8));
    }

    private static KalturaSession open(String ks, String secret) throws KsFormatException {
        return KsCodec.open(KsCodec.parse(ks), secret);
    }

    private static byte[] urlSafeBase64(String ks) {
        return Base64.getDecoder().decode(ks.replace('-', '+').replace('_', '/'));
    }

    /** Changes one character in the middle of a token, well inside the ciphertext. */
    static String flipMiddle(String ks) {
        int i = ks.length() / 2;
        char c = ks.charAt(i);
        return ks.substring(0, i) + (c == 'A' ? 'B' : 'A') + ks.substring(i + 1);
    }
}
