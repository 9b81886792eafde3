package dev.eventsim.client.errors;

import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.auth.KsV2;
import dev.eventsim.client.support.ClientTest;
import dev.eventsim.simulator.SimulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * 400, 401, 403 and 404 become their typed exceptions carrying code, status, message and trace
 * id, and are never retried: sending the same request again cannot help.
 */
class ErrorAnswersTest extends ClientTest {

    private void assertCalledOnceWithoutWaiting(String operation, EventsApiException e) {
        assertThat(calls.count(operation)).as("not retried").isEqualTo(1);
        assertThat(sleeper.sleeps()).as("no backoff").isEmpty();
        assertThat(e.traceId()).as("the answer's x-traceid").isNotBlank()
                .isEqualTo(calls.responses().get(0).traceId());
        assertThat(e.operation()).isEqualTo(operation);
        assertThat(e.getMessage()).contains(operation, e.status(), e.traceId());
    }

    @Test
    void a_400_is_an_invalid_argument_naming_the_field() {
        InvalidArgumentException e = catchThrowableOfType(InvalidArgumentException.class,
                () -> client.events().create(anEvent("Somewhere").timezone("Mars/Olympus_Mons").build()));

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.status()).isEqualTo("InvalidArgument");
        assertThat(e.serverMessage()).contains("timezone");
        assertCalledOnceWithoutWaiting("events/create", e);
        assertThat(client.events().list().totalCount()).isZero();
    }

    @Test
    void a_401_is_unauthorized_when_the_token_is_not_a_ks() {
        EventsClient withoutKs = clientBuilder().ksProvider(KsProvider.fixed("not-a-ks")).build();

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> withoutKs.events().list());

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.status()).isEqualTo("NEW_LOGIN_REQUIRED");
        assertCalledOnceWithoutWaiting("events/list", e);
    }

    @Test
    void a_401_is_unauthorized_once_a_fixed_ks_has_expired() {
        String shortKs = simulator.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "admin", Duration.ofMinutes(10));
        EventsClient fixed = clientBuilder().ksProvider(KsProvider.fixed(shortKs)).build();
        fixed.events().list();
        simulator.clock().advance(Duration.ofMinutes(11));
        calls.clear();

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> fixed.events().list());

        assertCalledOnceWithoutWaiting("events/list", e);
    }

    @Test
    void a_403_is_forbidden_for_a_user_ks() {
        String userKs = KsV2.mint(SimulatorOptions.DEFAULT_PARTNER_ID, SimulatorOptions.DEFAULT_ADMIN_SECRET,
                KsV2.USER, "viewer@example.test", NOW.plus(Duration.ofHours(1)), "");
        EventsClient asUser = clientBuilder().ksProvider(KsProvider.fixed(userKs)).build();

        ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> asUser.events().list());

        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.status()).isEqualTo("Forbidden");
        assertCalledOnceWithoutWaiting("events/list", e);
    }

    @Test
    void a_404_is_not_found_naming_the_id() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.events().delete(424242));

        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(e.serverMessage()).contains("424242");
        assertCalledOnceWithoutWaiting("events/delete", e);
    }

    @Test
    void an_unknown_duplication_job_is_not_found() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> client.events().duplicateStatus("999999"));

        assertCalledOnceWithoutWaiting("events/duplicateStatus", e);
    }
}
