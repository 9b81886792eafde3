package dev.eventsim.client.auth;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints a KS of version 2, the format {@code session.start} returns, as the official client
 * libraries do offline (docs/fidelity.md, "Kaltura Sessions"):
 *
 * <ol>
 *   <li>the fields — each privilege {@code name:value}, then {@code _e} (expiry, unix seconds),
 *       {@code _t} (type) and {@code _u} (user id) — URL-encoded as a query string;</li>
 *   <li>16 random bytes before them, and the binary SHA-1 of that before it all;</li>
 *   <li>zero-padded to a multiple of 16 and encrypted with AES-128-CBC, the key being the first
 *       16 bytes of SHA-1(admin secret), the IV zero;</li>
 *   <li>{@code "v2|" + partnerId + "|"} before the ciphertext, in URL-safe base64
 *       ({@code +} as {@code -}, {@code /} as {@code _}).</li>
 * </ol>
 */
public final class KsV2 {
    /** KS type 2: the Events API needs an ADMIN session. */
    public static final int ADMIN = 2;
    /** KS type 0: a user session, which the Events API refuses with 403. */
    public static final int USER = 0;

    private static final int RANDOM_BYTES = 16;
    private static final int AES_BLOCK = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KsV2() {
    }

    /**
     * @param privileges comma-separated {@code name:value} pairs (a bare name has an empty value,
     *                   {@code *} means {@code all:*}); empty for none
     */
    public static String mint(long partnerId, String adminSecret, int type, String userId, Instant expiry,
                              String privileges) {
        byte[] fields = fields(type, userId, expiry, privileges).getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        byte[] salted = concat(random, fields);
        byte[] signed = concat(sha1(salted), salted);
        byte[] padded = Arrays.copyOf(signed, (signed.length + AES_BLOCK - 1) / AES_BLOCK * AES_BLOCK);
        byte[] header = ("v2|" + partnerId + "|").getBytes(StandardCharsets.US_ASCII);
        String base64 = Base64.getEncoder().encodeToString(concat(header, encrypt(adminSecret, padded)));
        return base64.replace('+', '-').replace('/', '_');
    }

    private static String fields(int type, String userId, Instant expiry, String privileges) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String privilege : (privileges == null ? "" : privileges).split(",")) {
            String p = privilege.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("*")) {
                p = "all:*";
            }
            int colon = p.indexOf(':');
            fields.put(colon < 0 ? p : p.substring(0, colon), colon < 0 ? "" : p.substring(colon + 1));
        }
        fields.put("_e", Long.toString(expiry.getEpochSecond()));
        fields.put("_t", Integer.toString(type));
        fields.put("_u", userId == null ? "" : userId);
        StringJoiner query = new StringJoiner("&");
        fields.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static byte[] encrypt(String adminSecret, byte[] plain) {
        try {
            byte[] key = Arrays.copyOf(sha1(adminSecret.getBytes(StandardCharsets.UTF_8)), 16);
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[AES_BLOCK]));
            return aes.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides AES/CBC/NoPadding", e);
        }
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-1", e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
