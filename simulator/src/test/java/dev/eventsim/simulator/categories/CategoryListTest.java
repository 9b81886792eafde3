package dev.eventsim.simulator.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CategoryListTest extends CategoriesApiTest {

    @Test
    void both_filter_notations_find_the_same_categories() {
        long eventId = createEvent();
        createEvent();

        ApiResponse colon = core.listCategories("filter:fullNameStartsWith", eventId + "EP");
        ApiResponse brackets = core.listCategories("filter[fullNameStartsWith]", eventId + "EP");

        assertThat(objects(colon)).hasSize(3);
        assertThat(objects(brackets)).isEqualTo(objects(colon));
    }

    @Test
    void full_name_equal_finds_one_category() {
        long eventId = createEvent();
        String agendaFullName = categoriesOf(eventId).get(1).path("fullName").asText();

        ApiResponse listed = core.listCategories("filter[fullNameEqual]", agendaFullName);

        assertThat(names(listed)).containsExactly("ep_agenda_" + eventId);
    }

    @Test
    void id_equal_and_id_in_find_categories_by_id() {
        long eventId = createEvent();
        List<JsonNode> categories = categoriesOf(eventId);
        long rootId = categories.get(0).path("id").asLong();
        long privateId = categories.get(2).path("id").asLong();

        ApiResponse byId = core.listCategories("filter:idEqual", Long.toString(privateId));
        ApiResponse byIds = core.listCategories("filter:idIn", rootId + ", " + privateId + ",not-an-id");

        assertThat(names(byId)).containsExactly("ep_private_" + eventId);
        assertThat(objects(byIds)).extracting(c -> c.path("id").asLong()).containsExactly(rootId, privateId);
    }

    @Test
    void parent_id_equal_finds_the_sub_categories_and_zero_finds_the_roots() {
        long first = createEvent();
        long second = createEvent();
        long rootId = categoriesOf(first).get(0).path("id").asLong();

        ApiResponse children = core.listCategories("filter:parentIdEqual", Long.toString(rootId));
        ApiResponse roots = core.listCategories("filter:parentIdEqual", "0");

        assertThat(names(children)).containsExactly("ep_agenda_" + first, "ep_private_" + first);
        assertThat(names(roots)).hasSize(2)
                .satisfiesExactly(n -> assertThat(n).startsWith(first + "EP"), n -> assertThat(n).startsWith(second + "EP"));
    }

    @Test
    void name_or_reference_id_starts_with_matches_the_start_of_the_name() {
        long first = createEvent();
        long second = createEvent();

        ApiResponse listed = core.listCategories("filter:nameOrReferenceIdStartsWith", "ep_agenda_");

        assertThat(names(listed)).containsExactly("ep_agenda_" + first, "ep_agenda_" + second);
    }

    @Test
    void text_filters_ignore_case() {
        long eventId = createEvent();

        ApiResponse listed = core.listCategories("filter:fullNameStartsWith", eventId + "ep");

        assertThat(objects(listed)).hasSize(3);
    }

    @Test
    void filters_combine_with_and() {
        long eventId = createEvent();
        long rootId = categoriesOf(eventId).get(0).path("id").asLong();

        ApiResponse listed = core.listCategories("filter:parentIdEqual", Long.toString(rootId),
                "filter:nameOrReferenceIdStartsWith", "ep_private");

        assertThat(names(listed)).containsExactly("ep_private_" + eventId);
    }

    @Test
    void without_a_filter_every_category_of_the_partner_is_listed_in_id_order() {
        createEvent();
        createEvent();

        ApiResponse listed = core.listCategories();

        assertThat(listed.json().path("totalCount").asInt()).isEqualTo(6);
        assertThat(objects(listed)).extracting(c -> c.path("id").asLong()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_pager_cuts_pages_of_page_size_from_a_1_based_page_index() {
        for (int i = 0; i < 4; i++) {
            createEvent();
        }
        List<Long> all = objects(core.listCategories()).stream().map(c -> c.path("id").asLong()).toList();

        ApiResponse third = core.listCategories("pager[pageSize]", "5", "pager[pageIndex]", "3");
        ApiResponse second = core.listCategories("pager:pageSize", "5", "pager:pageIndex", "2");
        ApiResponse past = core.listCategories("pager:pageSize", "5", "pager:pageIndex", "4");

        assertThat(third.json().path("totalCount").asInt()).as("all matches, not the page").isEqualTo(12);
        assertThat(objects(third)).extracting(c -> c.path("id").asLong()).isEqualTo(all.subList(10, 12));
        assertThat(objects(second)).extracting(c -> c.path("id").asLong()).isEqualTo(all.subList(5, 10));
        assertThat(objects(past)).isEmpty();
        assertThat(past.json().path("totalCount").asInt()).isEqualTo(12);
    }

    @Test
    void the_page_size_defaults_to_30_and_is_served_as_500_above_that() {
        for (int i = 0; i < 11; i++) {
            createEvent();
        }

        ApiResponse byDefault = core.listCategories();
        ApiResponse huge = core.listCategories("pager:pageSize", "100000");

        assertThat(byDefault.json().path("totalCount").asInt()).isEqualTo(33);
        assertThat(objects(byDefault)).hasSize(30);
        assertThat(objects(huge)).hasSize(33);
    }

    @Test
    void a_filter_number_that_is_not_a_number_is_an_invalid_parameter() {
        ApiResponse listed = core.listCategories("filter:idEqual", "ten");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(listed.json().path("code").asText()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(listed.json().path("message").asText()).isEqualTo("invalid value for parameter \"filter:idEqual\"");
        assertThat(listed.json().path("args").path("PARAM_NAME").asText()).isEqualTo("filter:idEqual");
    }

    @Test
    void without_format_1_the_answer_is_the_core_api_xml() throws Exception {
        long eventId = createEvent();

        ApiResponse listed = api.postForm("/api_v3/service/category/action/list",
                Map.of("ks", simulator.adminKs(), "filter:fullNameStartsWith", eventId + "EP"));

        assertThat(listed.header("Content-Type")).startsWith("text/xml");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(listed.rawBody().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("xml");
        assertThat(listed.rawBody())
                .contains("<result><objectType>KalturaCategoryListResponse</objectType><objects>")
                .contains("<item><objectType>KalturaCategory</objectType><id>")
                .contains("<name>ep_agenda_" + eventId + "</name>")
                .contains("&gt;ep_private_" + eventId + "</fullName>")
                .contains("</objects><totalCount>3</totalCount></result>");
        assertThat(xml.getElementsByTagName("item").getLength()).isEqualTo(3);
    }

    @Test
    void a_get_with_the_parameters_in_the_query_is_answered_too() {
        long eventId = createEvent();
        String query = "ks=" + simulator.adminKs() + "&format=1&filter%5BfullNameStartsWith%5D="
                + URLEncoder.encode(eventId + "EP", StandardCharsets.UTF_8);

        ApiResponse listed = api.send(api.request("/api_v3/service/category/action/list?" + query).GET().build());

        assertThat(objects(listed)).hasSize(3);
    }
}
