package dev.eventsim.contract.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** can-i-deploy and record-deployment, against a stand-in broker on loopback. */
class BrokerStepsTest {
    private StandInBroker standIn;
    private BrokerSteps steps;

    @BeforeEach
    void startBroker() throws IOException {
        standIn = new StandInBroker();
        steps = new BrokerSteps(new Broker(standIn.url(), "s3cret"));
    }

    @AfterEach
    void stopBroker() {
        standIn.close();
    }

    @Test
    void can_i_deploy_asks_for_the_version_and_the_environment() {
        BrokerSteps.Verdict verdict = steps.canIDeploy("events-reference-client", "abc 123", "production");

        assertThat(verdict.deployable()).isTrue();
        StandInBroker.Received asked = standIn.first("GET", "/can-i-deploy").orElseThrow();
        assertThat(asked.query()).isEqualTo("pacticipant=events-reference-client&version=abc%20123"
                + "&environment=production");
        assertThat(asked.authorization()).isEqualTo("Bearer s3cret");
    }

    @Test
    void can_i_deploy_is_no_when_the_broker_says_no_or_does_not_know() {
        standIn.deployable = "false";
        assertThat(steps.canIDeploy("events-reference-client", "1", "production").deployable()).isFalse();

        standIn.deployable = "null";
        assertThat(steps.canIDeploy("events-reference-client", "1", "production"))
                .as("no verification yet: the broker does not know").extracting(BrokerSteps.Verdict::deployable)
                .isEqualTo(false);
    }

    @Test
    void record_deployment_posts_to_the_environment_found_by_name() {
        steps.recordDeployment("events-reference-client", "abc123", "production");

        StandInBroker.Received recorded = standIn.first("POST", "/pacticipants/").orElseThrow();
        assertThat(recorded.path()).isEqualTo("/pacticipants/events-reference-client/versions/abc123"
                + "/deployed-versions/environment/" + StandInBroker.PRODUCTION_UUID);
    }

    @Test
    void record_deployment_to_an_environment_the_broker_does_not_have_fails_naming_it() {
        assertThatThrownBy(() -> steps.recordDeployment("events-reference-client", "abc123", "staging"))
                .hasMessageContaining("no environment named 'staging'");
        assertThat(standIn.first("POST", "/pacticipants/")).isEmpty();
    }
}
