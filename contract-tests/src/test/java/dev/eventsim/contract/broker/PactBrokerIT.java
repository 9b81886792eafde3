package dev.eventsim.contract.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.contract.PactFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The consumer's steps at a Pact Broker, in a release's order: publish the pact this build wrote;
 * then, when asked, can-i-deploy to an environment ({@code -Dpact.canIDeploy.environment}) and
 * record-deployment there ({@code -Dpact.recordDeployment.environment}). Without a broker the class
 * is skipped, with one line on the console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PactBrokerIT {
    static final String CAN_I_DEPLOY_PROPERTY = "pact.canIDeploy.environment";
    static final String RECORD_DEPLOYMENT_PROPERTY = "pact.recordDeployment.environment";

    private static Broker broker;
    private static PactPublisher.Release release;

    @BeforeAll
    static void brokerIsConfigured() {
        broker = Broker.configured().orElse(null);
        if (broker == null) {
            System.out.println(Broker.notConfigured());
        }
        Assumptions.assumeTrue(broker != null, Broker.notConfigured());
        release = PactPublisher.release(System::getProperty, System.getenv(), Path.of("."));
    }

    @Test
    @Order(1)
    void the_pact_is_published_as_this_commit() {
        PactPublisher.publish(PactFile.path(), broker, release);
        System.out.println("Published the pact to " + broker + " as " + PactFile.CONSUMER + " " + release.version()
                + (release.branch() == null ? "" : " on branch " + release.branch()));
    }

    @Test
    @Order(2)
    void the_broker_says_this_version_can_be_deployed() {
        String environment = System.getProperty(CAN_I_DEPLOY_PROPERTY, "");
        Assumptions.assumeFalse(environment.isBlank(), "can-i-deploy is asked with -D" + CAN_I_DEPLOY_PROPERTY);

        BrokerSteps.Verdict verdict = new BrokerSteps(broker).canIDeploy(PactFile.CONSUMER, release.version(),
                environment);

        assertThat(verdict.deployable()).as("can-i-deploy %s %s to %s: %s", PactFile.CONSUMER, release.version(),
                environment, verdict.reason()).isTrue();
    }

    @Test
    @Order(3)
    void the_deployment_is_recorded() {
        String environment = System.getProperty(RECORD_DEPLOYMENT_PROPERTY, "");
        Assumptions.assumeFalse(environment.isBlank(), "record-deployment is asked with -D"
                + RECORD_DEPLOYMENT_PROPERTY);

        new BrokerSteps(broker).recordDeployment(PactFile.CONSUMER, release.version(), environment);
        System.out.println("Recorded " + PactFile.CONSUMER + " " + release.version() + " as deployed to "
                + environment);
    }
}
