package dev.eventsim.client.internal;

import dev.eventsim.client.Pager;
import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.errors.PagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams every item of a paged list, fetching each page when the stream reaches it, and holds
 * the pages to the {@code totalCount} of the first: it must not change, no item may come twice,
 * and the stream must end with exactly that many items. Anything else means the list changed
 * while it was read or the offset is read differently than sent, and raises
 * {@link PagingException} rather than silently skipping or repeating items.
 */
public final class PagedStream {
    private PagedStream() {
    }

    /** One page as a list operation answered it. */
    public record Page<T>(List<T> items, long totalCount) {
    }

    /** Fetches the page a pager names. */
    @FunctionalInterface
    public interface PageSource<T> {
        Page<T> fetch(Pager pager);
    }

    public static <T> Stream<T> of(String operation, PageSource<T> source, int pageSize, PagerOffset offsets,
                                   Function<T, ?> idOf) {
        return StreamSupport.stream(new PageSpliterator<>(operation, source, pageSize, offsets, idOf), false);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final String operation;
        private final PageSource<T> source;
        private final int pageSize;
        private final PagerOffset offsets;
        private final Function<T, ?> idOf;
        private final Deque<T> buffer = new ArrayDeque<>();
        private final Set<Object> seenIds = new HashSet<>();
        private long totalCount = -1;
        private int pagesRead;
        private boolean lastPageRead;

        PageSpliterator(String operation, PageSource<T> source, int pageSize, PagerOffset offsets,
                        Function<T, ?> idOf) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.operation = operation;
            this.source = source;
            this.pageSize = pageSize;
            this.offsets = offsets;
            this.idOf = idOf;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (buffer.isEmpty() && !lastPageRead) {
                readNextPage();
            }
            T next = buffer.pollFirst();
            if (next == null) {
                return false;
            }
            action.accept(next);
            return true;
        }

        private void readNextPage() {
            int offset = offsets == PagerOffset.ITEMS ? seenIds.size() : pagesRead;
            Page<T> page = source.fetch(Pager.of(offset, pageSize));
            pagesRead++;
            if (totalCount < 0) {
                totalCount = page.totalCount();
            } else if (page.totalCount() != totalCount) {
                throw fail("totalCount changed to " + page.totalCount() + " while paging: the list changed");
            }
            for (T item : page.items()) {
                if (!seenIds.add(idOf.apply(item))) {
                    throw fail("item " + idOf.apply(item) + " came twice: is pager.offset read as "
                            + (offsets == PagerOffset.ITEMS ? "a page index" : "an item count") + "?");
                }
                buffer.addLast(item);
            }
            if (seenIds.size() > totalCount) {
                throw fail("more items than totalCount");
            }
            if (seenIds.size() == totalCount) {
                lastPageRead = true;
            } else if (page.items().size() < pageSize) {
                throw fail("the pages ended before totalCount was reached");
            }
        }

        private PagingException fail(String reason) {
            return new PagingException(operation, totalCount, seenIds.size(), reason);
        }
    }
}
