package dev.eventsim.client.errors;

/**
 * A paging helper found the pages inconsistent with the {@code totalCount} the service reported:
 * the list changed while it was being read, or the service counts {@code pager.offset} in a way
 * other than the client was told (items or pages, see {@code EventsClient.Builder.pagerOffset}).
 * Reading the list again, or with the other offset setting, is the remedy.
 */
public final class PagingException extends RuntimeException {
    private final String operation;
    private final long totalCount;
    private final long seen;

    public PagingException(String operation, long totalCount, long seen, String reason) {
        super(operation + ": " + reason + " (totalCount " + totalCount + ", " + seen + " read)");
        this.operation = operation;
        this.totalCount = totalCount;
        this.seen = seen;
    }

    public String operation() {
        return operation;
    }

    /** The {@code totalCount} of the first page. */
    public long totalCount() {
        return totalCount;
    }

    /** How many items were read before the inconsistency showed. */
    public long seen() {
        return seen;
    }
}
