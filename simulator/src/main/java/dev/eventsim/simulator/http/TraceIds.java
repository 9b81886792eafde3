package dev.eventsim.simulator.http;

import java.util.concurrent.ThreadLocalRandom;

/** Trace ids for the {@code x-traceid} header every response carries: 32 lower-case hex digits. */
public final class TraceIds {
    public static final String HEADER = "x-traceid";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TraceIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[32];
        for (int i = 0; i < id.length; i += 16) {
            long bits = random.nextLong();
            for (int j = 0; j < 16; j++) {
                id[i + j] = HEX[(int) (bits >>> (j * 4)) & 0xF];
            }
        }
        return new String(id);
    }
}
