package dev.eventsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.persistence.SimulatorImage;
import dev.eventsim.simulator.persistence.StateFile;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.World;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a snapshot keeps in memory and what the state file holds are one value: writing and reading it loses nothing. */
class StateImageRoundTripTest {

    @Test
    void an_image_of_every_table_reads_back_from_the_file_equal_to_itself(@TempDir Path dir) {
        try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
            Api api = new Api(simulator.baseUrl(), simulator.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "admin",
                    Duration.ofDays(20 * 365)));
            World.build(api);
            api.control().registerPartner(3003, "other");
            SimulatorImage image = simulator.capture().capture();
            StateFile file = new StateFile(dir.resolve("state.json"), PartnerTables.all());

            file.save(image);

            assertThat(image.data().get(0).tables().keySet()).as("every kind of table is in the image, events first")
                    .containsExactly("events", "sessions", "teamMembers", "eventUsers", "sessionParticipants",
                            "categories", "eventLifecycles", "duplicationJobs");
            assertThat(file.load()).contains(image);
        }
    }
}
