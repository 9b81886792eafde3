package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.api.UnknownFields;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Under the extension a typo in a request fails the test that sent it, unless the test says otherwise. */
class UnknownFieldsTest {

    @Nested
    @EventsSimulatorTest
    class ByDefault {
        @Test
        void a_field_the_operation_does_not_take_is_a_400_naming_it(@SimulatorUrl(api = true) String api, @Ks String ks) {
            HttpResponse<String> answer = Http.postJson(api + "/events/list", ks, "{\"pagr\": {\"limit\": 5}}");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("pagr is not a field of events/list");
        }
    }

    @Nested
    @EventsSimulatorTest(unknownFields = UnknownFields.Mode.warn)
    class AsTheSimulatorStartsByItself {
        @Test
        void it_is_answered_and_named_in_a_header(@SimulatorUrl(api = true) String api, @Ks String ks) {
            HttpResponse<String> answer = Http.postJson(api + "/events/list", ks, "{\"pagr\": {\"limit\": 5}}");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue(UnknownFields.HEADER)).hasValue("pagr");
        }
    }

    @Nested
    class FieldHeld {
        @RegisterExtension
        final EventsSimulatorExtension simulator = EventsSimulatorExtension.builder().build();

        @Test
        void the_builder_refuses_them_too(@SimulatorUrl(api = true) String api, @Ks String ks) {
            HttpResponse<String> answer = Http.postJson(api + "/events/list", ks, "{\"ordrBy\": \"name\"}");

            assertThat(answer.statusCode()).isEqualTo(400);
        }
    }
}
