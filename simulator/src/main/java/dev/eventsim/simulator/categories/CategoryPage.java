package dev.eventsim.simulator.categories;

import java.util.List;

/** One page of category.list: the categories on it and how many matched in all. */
public record CategoryPage(List<Category> objects, int totalCount) {
}
