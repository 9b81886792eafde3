package dev.eventsim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** The options table of docs/running.md says what {@code --help} says: every option, its variable and default. */
class OptionsTableTest {
    private static final Path TABLE = Path.of("../docs/running.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(--[a-z-]+)` \\| `(SIM_[A-Z_]+)` \\| ([^|]+?) \\|", Pattern.MULTILINE);
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{env:(SIM_[A-Z_]+)(?::-(.*))?}");

    /** What one row says: the environment variable and the default ({@code none} when there is none). */
    private record Row(String env, String byDefault) {
    }

    @Test
    void every_option_of_the_command_has_its_row_with_the_same_variable_and_default() throws IOException {
        assertThat(documented()).as("rows of %s against the options of SimulatorCommand", TABLE)
                .isEqualTo(declared());
    }

    private static Map<String, Row> declared() {
        Map<String, Row> options = new TreeMap<>();
        for (Field field : SimulatorCommand.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option == null || option.usageHelp() || option.versionHelp()) {
                continue;
            }
            Matcher env = DEFAULT.matcher(option.defaultValue());
            assertThat(env.matches()).as("%s takes its default from an SIM_ variable", option.names()[0]).isTrue();
            options.put(option.names()[0], new Row(env.group(1), env.group(2) == null ? "none" : "`" + env.group(2) + "`"));
        }
        return options;
    }

    private static Map<String, Row> documented() throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(TABLE));
        while (row.find()) {
            rows.put(row.group(1), new Row(row.group(2), row.group(3).strip()));
        }
        return rows;
    }
}
