package dev.eventsim.simulator.apptokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code KalturaAppTokenHashType}: how appToken.startSession's {@code tokenHash} is made. */
public enum HashType {
    MD5("MD5"),
    SHA1("SHA-1"),
    SHA256("SHA-256"),
    SHA512("SHA-512");

    private final String algorithm;

    HashType(String algorithm) {
        this.algorithm = algorithm;
    }

    /** Lower-case hex of the hash of {@code text}'s UTF-8 bytes. */
    public String hexOf(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JRE", e);
        }
    }

    /** The type for its name, or null. */
    public static HashType named(String name) {
        for (HashType type : values()) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        return null;
    }
}
