package dev.eventsim.simulator.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request or response body as the journal keeps it: its text up to a size, and its full size in
 * bytes. The bytes are kept as they came and made text only when the journal is read: shared with
 * the call when the body is at most {@link #SHARED_UP_TO} times the limit (the HTTP layer never
 * changes a body once read or answered, and answers written once are sent again), copied up to the
 * limit when it is larger, so a journal of big answers stays small.
 */
public final class Body {
    static final int SHARED_UP_TO = 4;

    private final byte[] kept;
    private final int length;
    private final int bytes;

    private Body(byte[] kept, int length, int bytes) {
        this.kept = kept;
        this.length = length;
        this.bytes = bytes;
    }

    /** The bytes held, for the journal's estimate of its size. */
    int heldBytes() {
        return kept.length;
    }

    /** The first {@code limit} bytes of a body, cut at a character boundary; null stays null. */
    public static Body of(byte[] raw, int limit) {
        if (raw == null) {
            return null;
        }
        if (raw.length <= limit) {
            return new Body(raw, raw.length, raw.length);
        }
        int cut = limit;
        while (cut > 0 && (raw[cut] & 0xC0) == 0x80) {
            cut--; // a UTF-8 continuation byte: back off to the start of its character
        }
        return raw.length <= (long) SHARED_UP_TO * limit ? new Body(raw, cut, raw.length)
                : new Body(Arrays.copyOf(raw, cut), cut, raw.length);
    }

    /** The body as UTF-8 text, cut at the limit. */
    public String text() {
        return new String(kept, 0, length, StandardCharsets.UTF_8);
    }

    /** The full size of the body in bytes. */
    public int bytes() {
        return bytes;
    }

    public boolean truncated() {
        return length < bytes;
    }
}
