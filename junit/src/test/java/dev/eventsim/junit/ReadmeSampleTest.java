package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sample of docs/junit.md is SampleUsageTest, word for word (the build runs that class as any other). */
class ReadmeSampleTest {
    private static final Path PAGE = Path.of("..", "docs", "junit.md");
    private static final Path SAMPLE = Path.of("src/test/java/dev/eventsim/junit/sample/SampleUsageTest.java");

    @Test
    void the_docs_page_shows_the_sample_test_exactly() throws IOException {
        Matcher block = Pattern.compile("```java\n(package dev\\.eventsim\\.junit\\.sample;.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(PAGE));

        assertThat(block.find()).as("docs/junit.md has the sample in a java block").isTrue();
        assertThat(block.group(1)).isEqualTo(Files.readString(SAMPLE));
    }
}
