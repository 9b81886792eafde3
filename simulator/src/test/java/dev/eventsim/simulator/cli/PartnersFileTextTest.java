package dev.eventsim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.simulator.auth.Partner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 2: a partners file is read like a state file: a secret holding a lone UTF-16
 * surrogate (which a state file saved with it could not load again) is refused, naming where.
 */
class PartnersFileTextTest {
    @TempDir
    Path dir;

    @Test
    void a_secret_holding_a_lone_surrogate_is_refused_naming_where() throws IOException {
        Path file = dir.resolve("partners.json");
        Files.writeString(file, "{\"partners\": [{\"partnerId\": 2001, \"adminSecret\": \"a\"},"
                + " {\"partnerId\": 2002, \"adminSecret\": \"s\\ud800\"}]}");

        assertThatThrownBy(() -> PartnersFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partners file " + file + " is not valid Unicode: partners[1].adminSecret holds a lone"
                        + " UTF-16 surrogate (\\ud800) at character 2");
    }

    @Test
    void a_secret_beyond_the_basic_plane_is_kept() throws IOException {
        Path file = dir.resolve("partners.json");
        Files.writeString(file, "[{\"partnerId\": 2001, \"adminSecret\": \"s\\ud83d\\ude00\u6f22\"}]");

        assertThat(PartnersFile.read(file)).containsExactly(new Partner(2001, "s\ud83d\ude00\u6f22"));
    }

    /** Issue 17: the reader's classes and switches never reach the message; ids are whole numbers. */
    @Test
    void a_file_that_is_not_json_or_has_a_fractional_id_is_refused_in_plain_words() throws IOException {
        Path file = dir.resolve("partners.json");
        for (String text : new String[] {"[{\"partnerId\": NaN, \"adminSecret\": \"s\"}]", "[".repeat(1200),
                "{\"partners\": [{\"partnerId\": 1.5, \"adminSecret\": \"s\"}]}"}) {
            Files.writeString(file, text);

            assertThatThrownBy(() -> PartnersFile.read(file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("partners file " + file)
                    .message().doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+|\\(\\)|Feature\\.|(?i:jackson)|java\\.|`");
        }
    }
}
