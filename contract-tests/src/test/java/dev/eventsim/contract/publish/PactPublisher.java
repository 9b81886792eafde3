package dev.eventsim.contract.publish;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the pact to a Pact Broker, configured from the environment only: {@code PACT_BROKER_URL}
 * (nothing is published without it), {@code PACT_BROKER_TOKEN} (a bearer token, if the broker
 * wants one), and the consumer version and branch from {@code -Dpact.consumer.version} /
 * {@code PACT_CONSUMER_BRANCH}, else from git, else the project version.
 */
final class PactPublisher {
    static final String URL_VARIABLE = "PACT_BROKER_URL";
    static final String TOKEN_VARIABLE = "PACT_BROKER_TOKEN";
    static final String BRANCH_VARIABLE = "PACT_CONSUMER_BRANCH";

    /** Where to publish and as what. */
    record Settings(String brokerUrl, String token, String consumerVersion, String branch) {
        /** Never prints the token. */
        @Override
        public String toString() {
            return "Settings[brokerUrl=" + brokerUrl + ", token=" + (token == null ? "none" : "from " + TOKEN_VARIABLE)
                    + ", consumerVersion=" + consumerVersion + ", branch=" + branch + "]";
        }
    }

    private PactPublisher() {
    }

    /** Empty when {@code PACT_BROKER_URL} is not set: publishing is off. */
    static Optional<Settings> settings(Map<String, String> environment, String versionProperty, String projectVersion) {
        String url = blankToNull(environment.get(URL_VARIABLE));
        if (url == null) {
            return Optional.empty();
        }
        String version = Optional.ofNullable(blankToNull(versionProperty))
                .or(() -> git("rev-parse", "--short", "HEAD"))
                .orElse(projectVersion);
        String branch = Optional.ofNullable(blankToNull(environment.get(BRANCH_VARIABLE)))
                .or(() -> git("rev-parse", "--abbrev-ref", "HEAD").filter(b -> !b.equals("HEAD")))
                .orElse(null);
        return Optional.of(new Settings(url, blankToNull(environment.get(TOKEN_VARIABLE)), version, branch));
    }

    /** Uploads the pact file; throws with the broker's answer if it refuses. */
    static void publish(Path pactFile, Settings settings) {
        Map<String, Object> options = new HashMap<>();
        if (settings.token() != null) {
            options.put("authentication", List.of("bearer", settings.token()));
        }
        PactBrokerClient broker = new PactBrokerClient(settings.brokerUrl(), options, new PactBrokerClientConfig());
        File file = pactFile.toFile();
        Result<String, Exception> result = broker.uploadPactFile(file,
                new PublishConfiguration(settings.consumerVersion(), List.of(), settings.branch()));
        Exception refusal = result.errorValue();
        if (refusal != null) {
            throw new IllegalStateException("publishing " + file + " to " + settings.brokerUrl() + " failed", refusal);
        }
    }

    private static Optional<String> git(String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = git.waitFor(10, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
