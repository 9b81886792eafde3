package dev.eventsim.contract.broker;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Publishes the pact to the Pact Broker as one version of the consumer: {@code -Dpact.consumer.version}
 * if given, else the commit of a clean working tree ({@link GitVersion}: a dirty tree is refused);
 * the branch from {@code -Dpact.consumer.branch} / {@code PACT_CONSUMER_BRANCH}, else git's.
 */
final class PactPublisher {
    static final String VERSION_PROPERTY = "pact.consumer.version";
    static final String BRANCH_PROPERTY = "pact.consumer.branch";
    static final String BRANCH_VARIABLE = "PACT_CONSUMER_BRANCH";

    /** What to publish as. */
    record Release(String version, String branch) {
    }

    private PactPublisher() {
    }

    /** The consumer version and branch of this build, read in {@code workingTree}; throws on a dirty tree. */
    static Release release(UnaryOperator<String> properties, Map<String, String> environment, Path workingTree) {
        String version = Broker.first(properties.apply(VERSION_PROPERTY));
        if (version == null) {
            version = GitVersion.of(workingTree);
        }
        String branch = Broker.first(properties.apply(BRANCH_PROPERTY), environment.get(BRANCH_VARIABLE));
        return new Release(version, branch != null ? branch : GitVersion.branch(workingTree));
    }

    /** Uploads the pact file; throws with the broker's answer if it refuses. */
    static void publish(Path pactFile, Broker broker, Release release) {
        File file = pactFile.toFile();
        Result<String, Exception> result = client(broker).uploadPactFile(file,
                new PublishConfiguration(release.version(), List.of(), release.branch()));
        Exception refusal = result.errorValue();
        if (refusal != null) {
            throw new IllegalStateException("publishing " + file + " to " + broker + " failed", refusal);
        }
    }

    static PactBrokerClient client(Broker broker) {
        Map<String, Object> options = new HashMap<>();
        if (broker.token() != null) {
            options.put("authentication", List.of("bearer", broker.token()));
        }
        return new PactBrokerClient(broker.url(), options, new PactBrokerClientConfig());
    }
}
