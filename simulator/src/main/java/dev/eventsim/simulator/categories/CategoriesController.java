package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.auth.Caller;
import dev.eventsim.simulator.auth.CoreApiAccess;
import dev.eventsim.simulator.http.CoreApiParams;
import dev.eventsim.simulator.http.CoreApiWriter;
import dev.eventsim.simulator.http.RequestAttributes;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The core API's {@code category.list} and {@code category.delete}: an ADMIN KS in the
 * {@code ks} field, checked before the parameters, as the core API checks them.
 */
public final class CategoriesController {
    private final CategoriesBackend backend;
    private final CoreApiAccess access;
    private final CoreApiWriter writer;

    public CategoriesController(CategoriesBackend backend, CoreApiAccess access, CoreApiWriter writer) {
        this.backend = backend;
        this.access = access;
        this.writer = writer;
    }

    public void list(Context ctx) throws Exception {
        CoreApiParams params = CoreApiParams.of(ctx);
        writer.respond(ctx, () -> {
            Caller caller = access.admin(params.text("ks"), "category->list");
            RequestAttributes.caller(ctx, caller);
            CategoryFilter filter = new CategoryFilter(params.field("filter", "fullNameEqual"),
                    params.field("filter", "fullNameStartsWith"), params.longField("filter", "idEqual"),
                    ids(params.field("filter", "idIn")), params.longField("filter", "parentIdEqual"),
                    params.field("filter", "nameOrReferenceIdStartsWith"));
            CategoryPager pager = CategoryPager.of(params.intField("pager", "pageSize"),
                    params.intField("pager", "pageIndex"));
            return CategoryListResponse.of(backend.list(caller.partnerId(), filter, pager));
        });
    }

    public void delete(Context ctx) throws Exception {
        CoreApiParams params = CoreApiParams.of(ctx);
        writer.respond(ctx, () -> {
            Caller caller = access.admin(params.text("ks"), "category->delete");
            RequestAttributes.caller(ctx, caller);
            backend.delete(caller.partnerId(), params.requiredLong("id"));
            return null;
        });
    }

    /** idIn is a comma-separated list; an item that is no id matches nothing, as in the core API. */
    private static Set<String> ids(String idIn) {
        return idIn == null ? null : Arrays.stream(idIn.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}
