package dev.eventsim.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.errors.UnauthorizedException;
import dev.eventsim.client.support.ClientTest;
import dev.eventsim.simulator.SimulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The minting provider against the simulator's real KS checks, time driven through its clock. */
class MintingKsProviderTest extends ClientTest {
    private MintingKsProvider minting;
    private EventsClient mintingClient;

    @BeforeEach
    void aClientMintingOneHourKses() {
        minting = KsProvider.minting(SimulatorOptions.DEFAULT_PARTNER_ID, SimulatorOptions.DEFAULT_ADMIN_SECRET,
                "sync@example.test", Duration.ofHours(1), simulator.clock());
        mintingClient = clientBuilder().ksProvider(minting).build();
    }

    @Test
    void a_ks_minted_locally_is_accepted_by_the_service() {
        assertThat(mintingClient.events().list().totalCount()).isZero();
        assertThat(minting.expiry()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void the_same_ks_serves_until_the_renewal_margin() {
        String first = minting.ks();
        simulator.clock().advance(Duration.ofMinutes(54));

        assertThat(minting.ks()).as("6 minutes left: more than the 5-minute margin").isEqualTo(first);

        simulator.clock().advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(minting.ks()).as("under 5 minutes left: renewed").isNotEqualTo(first);
        assertThat(minting.expiry()).isEqualTo(NOW.plus(Duration.ofMinutes(115)).plusSeconds(1));
    }

    @Test
    void an_expired_ks_is_renewed_so_calls_go_on_succeeding() {
        mintingClient.events().list();
        String expired = minting.ks();
        simulator.clock().advance(Duration.ofHours(2));

        assertThat(mintingClient.events().list().totalCount()).as("a fresh KS was minted").isZero();

        EventsClient stuckWithTheOldKs = clientBuilder().ksProvider(KsProvider.fixed(expired)).build();
        assertThatThrownBy(() -> stuckWithTheOldKs.events().list())
                .as("the service refuses the old one: renewal was needed").isInstanceOf(UnauthorizedException.class);
        assertThat(calls.statusCodes("events/list")).containsExactly(200, 200, 401);
    }

    @Test
    void a_ks_minted_with_the_wrong_secret_is_refused() {
        EventsClient wrongSecret = clientBuilder().ksProvider(KsProvider.minting(
                SimulatorOptions.DEFAULT_PARTNER_ID, "not-the-secret", "sync@example.test", Duration.ofHours(1),
                simulator.clock())).build();

        assertThatThrownBy(() -> wrongSecret.events().list()).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void a_user_id_is_required() {
        assertThatThrownBy(() -> MintingKsProvider.builder(1, "secret").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
    }
}
