package dev.eventsim.simulator.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * ISO-8601 in and out: UTC with milliseconds on the way out, any offset on the way in.
 * Every answer writes several timestamps per object, so the usual years are written by hand
 * (the formatter's own output, character for character); requests repeat their dates, so
 * recent parses are kept.
 */
public final class Timestamps {
    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final long FIRST_SECOND = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    /** Kept for the whole JVM (every simulator in it shares them): a parse depends on nothing but the text. */
    private static final BoundedCache<String, Instant> PARSED = new BoundedCache<>("timestamp-parses", 4096, 1 << 20);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        if (instant.getEpochSecond() < FIRST_SECOND || instant.getEpochSecond() > LAST_SECOND) {
            return OUT.format(instant); // years the pattern writes otherwise (eras, signs, more digits)
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        char[] out = new char[24];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, t.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    /**
     * Whether an instant lies in the years 0001 to 9999 (UTC): the years an answer writes as four
     * digits, and the only ones a date-time of a request may name (docs/api.md, "Errors").
     */
    public static boolean inRange(Instant instant) {
        return instant.getEpochSecond() >= FIRST_SECOND && instant.getEpochSecond() <= LAST_SECOND;
    }

    /** Parses a date-time with an offset ({@code Z} or {@code +02:00}), or returns null. */
    public static Instant parseOrNull(String text) {
        Instant known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant()
                    .truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            return null;
        }
        PARSED.put(text, instant, text.length() + 128); // the text, an Instant and the map's node
        return instant;
    }

    /** The parses kept, for the metrics. */
    public static CacheSize parses() {
        return PARSED;
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
