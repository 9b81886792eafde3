package dev.eventsim.simulator.categories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.CoreApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryAccessTest extends CategoriesApiTest {
    private static final long PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;

    @Test
    void a_ks_that_is_not_a_ks_is_invalid_ks_on_both_actions() {
        CoreApi garbage = core.withKs("not-a-ks");

        ApiResponse listed = garbage.listCategories();
        ApiResponse deleted = garbage.deleteCategory(1);

        for (ApiResponse answer : new ApiResponse[] {listed, deleted}) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
            assertThat(answer.json().path("code").asText()).isEqualTo("INVALID_KS");
            assertThat(answer.json().path("message").asText()).isEqualTo("Invalid KS \"not-a-ks\", Error \"-1,INVALID_STR\"");
            assertThat(answer.json().path("args").path("ERR_DESC").asText()).isEqualTo("INVALID_STR");
        }
    }

    @Test
    void a_ks_signed_with_another_secret_is_invalid_ks() {
        String forged = KsCodec.encodeV2(PARTNER, "not-the-secret", KsType.ADMIN.code(), "admin",
                simulator.clock().instant().plusSeconds(3600), "");

        ApiResponse listed = core.withKs(forged).listCategories();

        assertThat(listed.json().path("code").asText()).isEqualTo("INVALID_KS");
        assertThat(listed.json().path("message").asText()).contains(forged);
    }

    @Test
    void an_expired_ks_is_invalid_ks_naming_expired() {
        long rootId = categoriesOf(createEvent()).get(0).path("id").asLong();
        CoreApi shortLived = core.withKs(simulator.adminKs(PARTNER, "admin", Duration.ofMinutes(5)));
        simulator.clock().advance(Duration.ofMinutes(6));

        ApiResponse listed = shortLived.listCategories();
        ApiResponse deleted = shortLived.deleteCategory(rootId);

        assertThat(listed.json().path("code").asText()).isEqualTo("INVALID_KS");
        assertThat(listed.json().path("message").asText()).isEqualTo("Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\"");
        assertThat(deleted.json().path("code").asText()).isEqualTo("INVALID_KS");
        assertThat(core.withKs(simulator.adminKs()).listCategories().json().path("totalCount").asInt())
                .as("nothing was deleted").isEqualTo(3);
    }

    @Test
    void without_a_ks_the_service_is_forbidden() {
        CoreApi anonymous = core.withKs(null);

        ApiResponse listed = anonymous.listCategories();
        ApiResponse deleted = anonymous.deleteCategory(1);

        assertThat(listed.json().path("code").asText()).isEqualTo("SERVICE_FORBIDDEN");
        assertThat(listed.json().path("message").asText()).isEqualTo("The access to service [category->list] is forbidden");
        assertThat(deleted.json().path("code").asText()).isEqualTo("SERVICE_FORBIDDEN");
        assertThat(deleted.json().path("message").asText()).isEqualTo("The access to service [category->delete] is forbidden");
    }

    @Test
    void a_user_ks_may_not_delete_or_list_categories() {
        long rootId = categoriesOf(createEvent()).get(0).path("id").asLong();
        CoreApi user = core.withKs(KsCodec.encodeV2(PARTNER, SimulatorOptions.DEFAULT_ADMIN_SECRET, KsType.USER.code(),
                "someone", simulator.clock().instant().plusSeconds(3600), ""));

        ApiResponse deleted = user.deleteCategory(rootId);
        ApiResponse listed = user.listCategories();

        assertThat(deleted.json().path("code").asText()).isEqualTo("SERVICE_FORBIDDEN");
        assertThat(listed.json().path("code").asText()).isEqualTo("SERVICE_FORBIDDEN");
        assertThat(core.listCategories().json().path("totalCount").asInt()).as("nothing was deleted").isEqualTo(3);
    }

    @Test
    void a_v1_admin_ks_made_offline_is_accepted() {
        createEvent();
        String v1 = KsCodec.encodeV1(PARTNER, SimulatorOptions.DEFAULT_ADMIN_SECRET, KsType.ADMIN.code(), "admin",
                Instant.now().plusSeconds(3600), "");

        ApiResponse listed = core.withKs(v1).listCategories();

        assertThat(listed.json().path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void the_ks_is_checked_before_the_parameters() {
        ApiResponse deleted = core.withKs("not-a-ks").call("category", "delete", Map.of());

        assertThat(deleted.json().path("code").asText()).isEqualTo("INVALID_KS");
    }

    @Test
    void without_format_1_an_error_is_the_core_api_xml() {
        ApiResponse listed = api.postForm("/api_v3/service/category/action/list", Map.of("ks", "not-a-ks"));

        assertThat(listed.header("Content-Type")).startsWith("text/xml");
        assertThat(listed.rawBody()).contains("<error><code>INVALID_KS</code><message>Invalid KS &quot;not-a-ks&quot;",
                "<objectType>KalturaAPIException</objectType><args><item><objectType>KalturaApiExceptionArg</objectType>"
                        + "<name>KSID</name><value>not-a-ks</value></item>");
    }
}
