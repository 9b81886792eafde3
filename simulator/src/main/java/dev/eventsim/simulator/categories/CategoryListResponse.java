package dev.eventsim.simulator.categories;

import java.util.List;

/** The core API's {@code KalturaCategoryListResponse}. */
record CategoryListResponse(List<CategoryView> objects, int totalCount, String objectType) {

    static CategoryListResponse of(CategoryPage page) {
        return new CategoryListResponse(page.objects().stream().map(CategoryView::of).toList(), page.totalCount(),
                "KalturaCategoryListResponse");
    }
}
