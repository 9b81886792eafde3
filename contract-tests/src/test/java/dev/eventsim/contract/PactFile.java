package dev.eventsim.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** The pact between the reference client and the Events API, as the consumer tests write it. */
public final class PactFile {
    public static final String CONSUMER = "events-reference-client";
    public static final String PROVIDER = "events-api";

    private PactFile() {
    }

    /** {@code <pact.rootDir>/events-reference-client-events-api.json}, written in the test phase of the build. */
    public static Path path() {
        Path file = Path.of(System.getProperty("pact.rootDir", "target/pacts"), CONSUMER + "-" + PROVIDER + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the consumer tests (*PactTest, test phase) write it;"
                    + " run them first, e.g. mvn -pl contract-tests -am verify");
        }
        return file;
    }
}
