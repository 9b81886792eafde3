package dev.eventsim.simulator.journal;

import java.nio.charset.StandardCharsets;

/** A request or response body as the journal keeps it: its text up to a size, and its full size in bytes. */
public record Body(String text, int bytes, boolean truncated) {

    /** The first {@code limit} bytes of a body as UTF-8 text, cut at a character boundary; null stays null. */
    public static Body of(byte[] raw, int limit) {
        if (raw == null) {
            return null;
        }
        if (raw.length <= limit) {
            return new Body(new String(raw, StandardCharsets.UTF_8), raw.length, false);
        }
        int cut = limit;
        while (cut > 0 && (raw[cut] & 0xC0) == 0x80) {
            cut--; // a UTF-8 continuation byte: back off to the start of its character
        }
        return new Body(new String(raw, 0, cut, StandardCharsets.UTF_8), raw.length, true);
    }
}
