package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.coreapi.CoreCall;
import dev.eventsim.simulator.coreapi.CoreParams;
import dev.eventsim.simulator.coreapi.ListResponse;
import dev.eventsim.simulator.coreapi.Pager;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

/** The core API's {@code category} service: get, list and delete, with an ADMIN KS. */
public final class CategoryActions {
    private final CategoriesBackend backend;
    private final Function<Long, Map<Long, int[]>> entryCounts;

    /** {@code entryCounts}: a partner's entries per category id, {@code [direct, with descendants]}. */
    public CategoryActions(CategoriesBackend backend, Function<Long, Map<Long, int[]>> entryCounts) {
        this.backend = backend;
        this.entryCounts = entryCounts;
    }

    public Object get(CoreCall call) {
        Category category = backend.get(call.partnerId(), call.params().requiredLong("id"));
        return CategoryView.of(category, entryCounts.apply(call.partnerId()).get(category.id()));
    }

    public Object list(CoreCall call) {
        CoreParams filter = call.params().object("filter");
        CategoryFilter matching = new CategoryFilter(filter.text("fullNameEqual"), filter.text("fullNameStartsWith"),
                filter.longValue("idEqual"), ids(filter.text("idIn")), filter.longValue("parentIdEqual"),
                filter.text("nameOrReferenceIdStartsWith"));
        CategoryPage page = backend.list(call.partnerId(), matching, Pager.of(call.params().object("pager")));
        Map<Long, int[]> counts = entryCounts.apply(call.partnerId());
        return new ListResponse<>(page.objects().stream().map(c -> CategoryView.of(c, counts.get(c.id()))).toList(),
                page.totalCount(),
                "KalturaCategoryListResponse");
    }

    public Object delete(CoreCall call) {
        backend.delete(call.partnerId(), call.params().requiredLong("id"));
        return null;
    }

    /** idIn is a comma-separated list; an item that is no id matches nothing, as in the core API. */
    private static Set<String> ids(String idIn) {
        return idIn == null ? null : Arrays.stream(idIn.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
