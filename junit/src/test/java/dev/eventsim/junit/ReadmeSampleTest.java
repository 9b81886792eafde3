package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The snippets of docs/junit.md are the files of examples/junit-quickstart, the project the build runs with
 * {@code mvn -B verify} (maven-invoker-plugin, see this module's pom): so a snippet that does not compile or pass
 * fails the build twice, here if it differs from the example, there if the example fails.
 */
class ReadmeSampleTest {
    private static final Path PAGE = Path.of("..", "docs", "junit.md");
    private static final Path ROOT_POM = Path.of("..", "pom.xml");
    private static final Path EXAMPLE = Path.of("..", "examples", "junit-quickstart");
    private static final Path EXAMPLE_POM = EXAMPLE.resolve("pom.xml");
    private static final Path EXAMPLE_TESTS = EXAMPLE.resolve("src/test/java/dev/eventsim/examples/quickstart");

    @Test
    void every_java_block_of_the_page_is_a_test_class_of_the_example_word_for_word() throws IOException {
        List<String> blocks = blocks("java").stream()
                .filter(block -> block.startsWith("package dev.eventsim.examples.quickstart;"))
                .toList();
        TreeSet<String> shown = new TreeSet<>();

        for (String block : blocks) {
            Matcher type = Pattern.compile("(?m)^class (\\w+) \\{").matcher(block);
            assertThat(type.find()).as("a test class in the block:%n%s", block).isTrue();
            Path file = EXAMPLE_TESTS.resolve(type.group(1) + ".java");
            assertThat(file).as("the example has the class the page shows").exists();
            assertThat(block).as("docs/junit.md shows %s as it is", file).isEqualTo(Files.readString(file));
            shown.add(type.group(1));
        }

        try (Stream<Path> files = Files.list(EXAMPLE_TESTS)) {
            assertThat(shown).as("the page shows every test class of the example, the annotation and the field")
                    .containsExactlyElementsOf(files.map(f -> f.getFileName().toString().replace(".java", ""))
                            .sorted().toList())
                    .contains("AnnotationStyleTest", "FieldStyleTest");
        }
    }

    @Test
    void every_xml_block_of_the_page_is_a_part_of_the_example_pom() throws IOException {
        List<String> blocks = blocks("xml");
        String pom = unindented(Files.readString(EXAMPLE_POM));

        assertThat(blocks).as("the dependencies and the build plugins").hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("\n", blocks)).contains("<artifactId>events-simulator-junit</artifactId>",
                "<release>17</release>", "<artifactId>maven-surefire-plugin</artifactId>");
        for (String block : blocks) {
            assertThat(pom).as("examples/junit-quickstart/pom.xml has, line for line:%n%s", block)
                    .contains(unindented(block));
        }
    }

    @Test
    void the_example_uses_the_versions_the_root_pom_pins() throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        Document root = xml(ROOT_POM);
        Document example = xml(EXAMPLE_POM);
        String dependency = "/project/dependencies/dependency[artifactId='%s']/version";
        String plugin = "/project/build/plugins/plugin[artifactId='%s']/";

        assertThat(xpath.evaluate(dependency.formatted("events-simulator-junit"), example))
                .isEqualTo(xpath.evaluate("/project/version", root));
        assertThat(xpath.evaluate(dependency.formatted("junit-jupiter"), example))
                .isEqualTo(xpath.evaluate("/project/properties/junit.version", root));
        assertThat(xpath.evaluate(dependency.formatted("assertj-core"), example))
                .isEqualTo(xpath.evaluate("/project/properties/assertj.version", root));
        assertThat(xpath.evaluate(plugin.formatted("maven-compiler-plugin") + "version", example))
                .isEqualTo(xpath.evaluate("/project/properties/compiler-plugin.version", root));
        assertThat(xpath.evaluate(plugin.formatted("maven-compiler-plugin") + "configuration/release", example))
                .isEqualTo(xpath.evaluate("/project/properties/maven.compiler.release", root));
        assertThat(xpath.evaluate(plugin.formatted("maven-surefire-plugin") + "version", example))
                .isEqualTo(xpath.evaluate("/project/properties/surefire.version", root));
    }

    @Test
    void the_example_is_no_module_of_the_root_build_and_no_child_of_its_pom() throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertThat(xpath.evaluate("/project/parent", xml(EXAMPLE_POM))).as("a user's pom has no parent of ours")
                .isBlank();
        assertThat(xpath.evaluate("/project/modules", xml(ROOT_POM))).doesNotContain("examples");
    }

    /** The contents of the page's fenced blocks of a language. */
    private static List<String> blocks(String language) throws IOException {
        Matcher block = Pattern.compile("(?m)^```" + language + "\n(.*?)^```$", Pattern.DOTALL)
                .matcher(Files.readString(PAGE));
        List<String> found = new ArrayList<>();
        while (block.find()) {
            found.add(block.group(1));
        }
        return found;
    }

    /** Each line without its indentation: a snippet sits at the left margin, in the pom it is nested. */
    private static String unindented(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n", "\n", "\n"));
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
