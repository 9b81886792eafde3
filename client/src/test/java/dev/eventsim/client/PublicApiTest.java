package dev.eventsim.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** What the client's module offers its users: the API's packages, not its machinery. */
class PublicApiTest {

    @Test
    void the_module_exports_the_api_packages_and_not_the_internal_one() {
        Module client = EventsClient.class.getModule();

        assertThat(client.isNamed()).as("the tests run inside the client's module").isTrue();
        assertThat(client.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.eventsim.client", "dev.eventsim.client.auth",
                        "dev.eventsim.client.errors", "dev.eventsim.client.events", "dev.eventsim.client.eventusers",
                        "dev.eventsim.client.participants", "dev.eventsim.client.sessions",
                        "dev.eventsim.client.teammembers")
                .doesNotContain("dev.eventsim.client.internal");
    }
}
