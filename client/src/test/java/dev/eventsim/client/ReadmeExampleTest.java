package dev.eventsim.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.example.LaunchExample;
import dev.eventsim.client.support.ClientTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example of docs/client.md is this module's LaunchExample, word for word, and it runs. */
class ReadmeExampleTest extends ClientTest {
    private static final Path PAGE = Path.of("..", "docs", "client.md");
    private static final Path EXAMPLE = Path.of("src/test/java/dev/eventsim/client/example/LaunchExample.java");

    @Test
    void the_docs_page_shows_the_example_exactly() throws IOException {
        Matcher block = Pattern.compile("```java\n(package dev\\.eventsim\\.client\\.example;.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(PAGE));

        assertThat(block.find()).as("docs/client.md has the example in a java block").isTrue();
        assertThat(block.group(1)).isEqualTo(Files.readString(EXAMPLE));
    }

    @Test
    void the_example_creates_lists_duplicates_and_cleans_up() {
        LaunchExample.run(client);

        assertThat(calls.operations()).contains("events/create", "sessions/create", "event-users/invite",
                "session-participants/add", "events/list", "sessions/speakerList", "events/duplicate",
                "events/duplicateStatus", "events/delete");
        assertThat(calls.responses()).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(sleeper.sleeps()).as("the copy was waited for on the simulator's clock").isNotEmpty();
        assertThat(client.events().list().totalCount()).as("cleaned up").isZero();
    }
}
