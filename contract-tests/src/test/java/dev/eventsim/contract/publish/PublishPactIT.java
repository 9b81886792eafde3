package dev.eventsim.contract.publish;

import dev.eventsim.contract.PactFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Publishes the pact the consumer tests wrote to the Pact Broker at {@code PACT_BROKER_URL}.
 * Off unless that variable is set: then skipped, never failed.
 */
class PublishPactIT {

    @Test
    void the_pact_is_published_to_the_broker_when_one_is_configured() {
        PactPublisher.Settings settings = PactPublisher.settings(System.getenv(),
                        System.getProperty("pact.consumer.version"), System.getProperty("pact.project.version", "dev"))
                .orElse(null);
        Assumptions.assumeTrue(settings != null, "publishing the pact is off: set " + PactPublisher.URL_VARIABLE
                + " (and " + PactPublisher.TOKEN_VARIABLE + " if the broker needs one) to turn it on");

        PactPublisher.publish(PactFile.path(), settings);
        System.out.println("Published the pact as " + settings);
    }
}
