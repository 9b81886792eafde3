package dev.eventsim.simulator.auth;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kaltura Session tokens, both versions, exactly as the core API and the official client
 * libraries build them (see docs/fidelity.md, "Kaltura Sessions"), so tokens minted by any real
 * Kaltura tool validate here and tokens minted here validate there.
 */
public final class KsCodec {
    private static final int RANDOM_SIZE = 16;
    private static final int SHA1_SIZE = 20;
    private static final int AES_BLOCK = 16;
    private static final byte[] V2_PREFIX = "v2|".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private KsCodec() {
    }

    /** A token split into its cleartext header and its signed or encrypted part. */
    public record SignedKs(int version, long partnerId, byte[] body) {
    }

    // ---- minting

    public static String encodeV2(long partnerId, String adminSecret, int type, String userId,
                                  Instant expiry, String privileges) {
        Map<String, String> fields = new LinkedHashMap<>(Privileges.parse(privileges).byName());
        fields.put("_e", Long.toString(expiry.getEpochSecond()));
        fields.put("_t", Integer.toString(type));
        fields.put("_u", nullToEmpty(userId));
        StringJoiner query = new StringJoiner("&");
        fields.forEach((k, v) -> query.add(urlEncode(k) + "=" + urlEncode(v)));

        byte[] random = new byte[RANDOM_SIZE];
        RANDOM.nextBytes(random);
        byte[] signed = concat(random, query.toString().getBytes(StandardCharsets.UTF_8));
        byte[] plain = concat(sha1(signed), signed);
        byte[] padded = Arrays.copyOf(plain, (plain.length + AES_BLOCK - 1) / AES_BLOCK * AES_BLOCK);
        byte[] cipher = aes(Cipher.ENCRYPT_MODE, adminSecret, padded);
        byte[] token = concat(("v2|" + partnerId + "|").getBytes(StandardCharsets.US_ASCII), cipher);
        return Base64.getEncoder().encodeToString(token).replace('+', '-').replace('/', '_');
    }

    public static String encodeV1(long partnerId, String adminSecret, int type, String userId,
                                  Instant expiry, String privileges) {
        String info = String.join(";", Long.toString(partnerId), Long.toString(partnerId),
                Long.toString(expiry.getEpochSecond()), Integer.toString(type),
                Integer.toString(RANDOM.nextInt(32_000)), nullToEmpty(userId), nullToEmpty(privileges));
        String signature = HexFormat.of().formatHex(sha1((adminSecret + info).getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString((signature + "|" + info).getBytes(StandardCharsets.UTF_8));
    }

    // ---- reading

    /** Reads the partner id a token claims, before anything is trusted. */
    public static SignedKs parse(String ks) throws KsFormatException {
        byte[] raw = base64(ks);
        if (startsWith(raw, V2_PREFIX)) {
            int bar = indexOf(raw, (byte) '|', V2_PREFIX.length);
            if (bar < 0) {
                throw new KsFormatException("KS v2 has no partner id");
            }
            long partnerId = partnerId(new String(raw, V2_PREFIX.length, bar - V2_PREFIX.length,
                    StandardCharsets.US_ASCII));
            return new SignedKs(2, partnerId, Arrays.copyOfRange(raw, bar + 1, raw.length));
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        int bar = text.indexOf('|');
        if (bar != 2 * SHA1_SIZE) {
            throw new KsFormatException("not a KS");
        }
        int semicolon = text.indexOf(';', bar);
        if (semicolon < 0) {
            throw new KsFormatException("KS v1 has no partner id");
        }
        return new SignedKs(1, partnerId(text.substring(bar + 1, semicolon)), raw);
    }

    /** Checks the token against its partner's admin secret and reads its fields. */
    public static KalturaSession open(SignedKs ks, String adminSecret) throws KsFormatException {
        return ks.version() == 2 ? openV2(ks, adminSecret) : openV1(ks, adminSecret);
    }

    private static KalturaSession openV2(SignedKs ks, String adminSecret) throws KsFormatException {
        byte[] cipher = ks.body();
        if (cipher.length == 0 || cipher.length % AES_BLOCK != 0) {
            throw new KsFormatException("KS v2 is truncated");
        }
        byte[] plain = aes(Cipher.DECRYPT_MODE, adminSecret, cipher);
        int end = plain.length;
        while (end > 0 && plain[end - 1] == 0) {
            end--;
        }
        if (end < SHA1_SIZE + RANDOM_SIZE) {
            throw new KsFormatException("KS signature does not match");
        }
        byte[] signed = Arrays.copyOfRange(plain, SHA1_SIZE, end);
        if (!MessageDigest.isEqual(sha1(signed), Arrays.copyOf(plain, SHA1_SIZE))) {
            throw new KsFormatException("KS signature does not match");
        }
        String query = new String(signed, RANDOM_SIZE, signed.length - RANDOM_SIZE, StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                fields.put(urlDecode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : urlDecode(pair.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new KsFormatException("KS fields are not URL-encoded");
            }
        }
        long expiry = number(fields.remove("_e"), "expiry");
        int type = (int) number(fields.remove("_t"), "type");
        String userId = nullToEmpty(fields.remove("_u"));
        StringJoiner privileges = new StringJoiner(",");
        fields.forEach((k, v) -> privileges.add(v.isEmpty() ? k : k + ":" + v));
        return new KalturaSession(2, ks.partnerId(), userId, type, instant(expiry), privileges.toString());
    }

    private static KalturaSession openV1(SignedKs ks, String adminSecret) throws KsFormatException {
        String text = new String(ks.body(), StandardCharsets.UTF_8);
        String signature = text.substring(0, 2 * SHA1_SIZE);
        String info = text.substring(2 * SHA1_SIZE + 1);
        String expected = HexFormat.of().formatHex(sha1((adminSecret + info).getBytes(StandardCharsets.UTF_8)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new KsFormatException("KS signature does not match");
        }
        String[] parts = info.split(";", 7);
        if (parts.length < 6) {
            throw new KsFormatException("KS v1 has too few fields");
        }
        return new KalturaSession(1, ks.partnerId(), parts[5], (int) number(parts[3], "type"),
                instant(number(parts[2], "expiry")), parts.length > 6 ? parts[6] : "");
    }

    // ---- bytes

    private static byte[] aes(int mode, String adminSecret, byte[] input) {
        try {
            byte[] key = Arrays.copyOf(sha1(adminSecret.getBytes(StandardCharsets.UTF_8)), 16);
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[AES_BLOCK]));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CBC is part of every JRE", e);
        }
    }

    static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    private static byte[] base64(String ks) throws KsFormatException {
        String standard = ks.strip().replace('-', '+').replace('_', '/');
        int pad = (4 - standard.length() % 4) % 4;
        try {
            return Base64.getDecoder().decode(standard + "=".repeat(pad == 3 ? 0 : pad));
        } catch (IllegalArgumentException e) {
            throw new KsFormatException("not a KS: not base64");
        }
    }

    private static long partnerId(String digits) throws KsFormatException {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new KsFormatException("KS partner id is not a number");
        }
    }

    /** The core API compares expiry as a plain number; one past Instant's range is clamped, not a crash. */
    private static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(Math.max(Instant.MIN.getEpochSecond(),
                Math.min(epochSecond, Instant.MAX.getEpochSecond())));
    }

    private static long number(String text, String what) throws KsFormatException {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new KsFormatException("KS " + what + " is not a number");
        }
    }

    private static boolean startsWith(byte[] raw, byte[] prefix) {
        return raw.length >= prefix.length && Arrays.equals(raw, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] raw, byte b, int from) {
        for (int i = from; i < raw.length; i++) {
            if (raw[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String urlDecode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
