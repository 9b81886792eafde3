package dev.eventsim.simulator.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request or response body as the journal keeps it: its text up to a size, and its full size in
 * bytes. The bytes are kept as they came (shared when the whole body fits: the HTTP layer never
 * changes a body once it is read or answered) and made text only when the journal is read.
 */
public final class Body {
    private final byte[] kept;
    private final int bytes;
    private final boolean truncated;

    private Body(byte[] kept, int bytes, boolean truncated) {
        this.kept = kept;
        this.bytes = bytes;
        this.truncated = truncated;
    }

    /** The first {@code limit} bytes of a body, cut at a character boundary; null stays null. */
    public static Body of(byte[] raw, int limit) {
        if (raw == null) {
            return null;
        }
        if (raw.length <= limit) {
            return new Body(raw, raw.length, false);
        }
        int cut = limit;
        while (cut > 0 && (raw[cut] & 0xC0) == 0x80) {
            cut--; // a UTF-8 continuation byte: back off to the start of its character
        }
        return new Body(Arrays.copyOf(raw, cut), raw.length, true);
    }

    /** The body as UTF-8 text, cut at the limit. */
    public String text() {
        return new String(kept, StandardCharsets.UTF_8);
    }

    /** The full size of the body in bytes. */
    public int bytes() {
        return bytes;
    }

    public boolean truncated() {
        return truncated;
    }
}
