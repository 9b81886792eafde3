package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written timestamp output is the formatter's, character for character; parses are kept exactly. */
class TimestampsTest {
    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void format_writes_what_the_iso_pattern_writes_for_any_instant() {
        SplittableRandom random = new SplittableRandom(17);
        Instant[] edges = {Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("0000-12-31T23:59:59.5Z"), Instant.parse("-0044-03-15T12:00:00Z"),
            Instant.parse("2030-05-01T14:00:00.0005Z"), Instant.parse("1969-12-31T23:59:59.999Z")};
        for (Instant edge : edges) {
            assertThat(Timestamps.format(edge)).as("%s", edge).isEqualTo(PATTERN.format(edge));
        }
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    random.nextInt(1_000_000_000));
            assertThat(Timestamps.format(instant)).as("%s", instant).isEqualTo(PATTERN.format(instant));
        }
    }

    @Test
    void a_parse_kept_from_before_answers_as_a_fresh_parse() {
        assertThat(Timestamps.parseOrNull("2030-05-01T16:00:00.1239+02:00"))
                .isEqualTo(Instant.parse("2030-05-01T14:00:00.123Z"));
        assertThat(Timestamps.parseOrNull("2030-05-01T16:00:00.1239+02:00"))
                .as("asked again").isEqualTo(Instant.parse("2030-05-01T14:00:00.123Z"));
        assertThat(Timestamps.parseOrNull("2030-02-30T00:00:00Z")).as("no such day").isNull();
        assertThat(Timestamps.parseOrNull("2030-02-30T00:00:00Z")).as("no such day, asked again").isNull();
        assertThat(Timestamps.parseOrNull("2030-05-01T14:00:00")).as("no offset").isNull();
    }
}
