package dev.eventsim.client;

import static dev.eventsim.client.support.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.UnauthorizedException;
import dev.eventsim.client.errors.UnexpectedResponseException;
import dev.eventsim.client.eventusers.EventUserPage;
import dev.eventsim.client.eventusers.EventUserQuery;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.support.ScriptedClientTest;
import dev.eventsim.client.support.ScriptedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers the simulator never gives but a real service, or a proxy in front of it, may. */
class ErrorDecodingTest extends ScriptedClientTest {

    @Test
    void a_proxy_error_page_is_a_server_error_quoting_the_page() {
        for (int i = 0; i < 4; i++) {
            server.then(new ScriptedServer.Answer(502, Map.of("Content-Type", "text/html"),
                    "<html><body>\n<h1>502 Bad Gateway</h1>\n</body></html>"));
        }

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.events().list());

        assertThat(e.status()).isNull();
        assertThat(e.traceId()).isNull();
        assertThat(e.serverMessage()).isEqualTo("<html><body> <h1>502 Bad Gateway</h1> </body></html>");
    }

    @Test
    void a_validation_message_given_as_a_list_is_joined() {
        server.then(json(400, "{\"statusCode\": 400, \"message\": [\"name should not be empty\","
                + " \"timezone must be a valid IANA zone\"], \"error\": \"Bad Request\"}"));

        InvalidArgumentException e = catchThrowableOfType(InvalidArgumentException.class,
                () -> client.events().list());

        assertThat(e.serverMessage()).isEqualTo("name should not be empty; timezone must be a valid IANA zone");
    }

    @Test
    void a_success_code_whose_status_is_not_ok_is_still_a_failure() {
        server.then(json(200, "{\"status\": \"NEW_LOGIN_REQUIRED\", \"message\": \"log in again\"}"));

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> client.events().list());

        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.status()).isEqualTo("NEW_LOGIN_REQUIRED");
    }

    @Test
    void a_success_that_is_not_json_is_unexpected_and_not_retried() {
        server.then(new ScriptedServer.Answer(200, Map.of("Content-Type", "text/plain"), "OK"));

        catchThrowableOfType(UnexpectedResponseException.class, () -> client.events().list());

        assertThat(calls.count("events/list")).isEqualTo(1);
    }

    @Test
    void a_code_outside_the_contract_falls_back_to_the_status_value() {
        server.then(json(405, "{\"status\": \"OperationNotAllowed\", \"message\": \"use POST\"}"))
                .then(json(418, "{\"status\": \"Teapot\", \"message\": \"short and stout\"}"));

        InvalidArgumentException notAllowed = catchThrowableOfType(InvalidArgumentException.class,
                () -> client.events().list());
        UnexpectedResponseException teapot = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.events().list());

        assertThat(notAllowed.httpStatus()).isEqualTo(405);
        assertThat(teapot.status()).isEqualTo("Teapot");
        assertThat(calls.count("events/list")).isEqualTo(2);
    }

    @Test
    void fields_and_enum_values_the_client_does_not_know_are_tolerated() {
        server.then(json(200, "{\"users\": [{\"id\": \"u1\", \"firstName\": \"A\", \"lastName\": \"B\","
                + " \"email\": \"a@example.test\", \"roles\": [\"Speaker\", \"Sponsor\"], \"badge\": \"gold\"}],"
                + " \"totalCount\": 1, \"status\": \"ok\", \"nextCursor\": \"x\"}"));

        EventUserPage page = client.eventUsers().list(EventUserQuery.of(1));

        assertThat(page.users()).singleElement().satisfies(u -> assertThat(u.roles())
                .as("Sponsor is not a role this client knows").containsExactly(EventUserRole.SPEAKER));
    }
}
