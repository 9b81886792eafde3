package dev.eventsim.simulator.entries;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.auth.Privileges;
import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.coreapi.CoreCall;
import dev.eventsim.simulator.coreapi.CoreParams;
import dev.eventsim.simulator.coreapi.CoreSession;
import dev.eventsim.simulator.coreapi.ListResponse;
import dev.eventsim.simulator.coreapi.Pager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The core API's {@code baseEntry} and {@code media} services, read-only: get and list the
 * entries events made. As there, a USER KS lists only its own entries unless its privileges hold
 * {@code list:*}; a private session's entry is seen only by an ADMIN KS or a KS whose {@code sview}
 * names it (or is {@code *}); media.* sees media entries only (live streams, not rooms).
 */
public final class EntryActions {
    private static final int READY = 2;
    private static final int AUTO_APPROVED = 6;
    private static final int DISPLAY_IN_SEARCH_PARTNER_ONLY = 1;

    private final EntriesBackend backend;

    public EntryActions(EntriesBackend backend) {
        this.backend = backend;
    }

    public Object baseEntryGet(CoreCall call) {
        return get(call, false);
    }

    public Object baseEntryList(CoreCall call) {
        return list(call, false, "KalturaBaseEntryListResponse");
    }

    public Object mediaGet(CoreCall call) {
        return get(call, true);
    }

    public Object mediaList(CoreCall call) {
        return list(call, true, "KalturaMediaListResponse");
    }

    private Object get(CoreCall call, boolean mediaOnly) {
        String entryId = call.params().requiredText("entryId");
        Entry entry = backend.find(call.partnerId(), entryId);
        if (entry == null || mediaOnly && !entry.kind().isMedia() || !mayView(call.session(), Privileges.parse(call.session().privileges()), entry)) {
            throw CoreApiErrors.entryNotFound(entryId);
        }
        return view(entry, call.session().isAdmin());
    }

    private Object list(CoreCall call, boolean mediaOnly, String objectType) {
        CoreParams filter = call.params().object("filter");
        Pager pager = Pager.of(call.params().object("pager"));
        CoreSession session = call.session();
        Privileges privileges = Privileges.parse(session.privileges());
        boolean allUsers = session.isAdmin() || privileges.grants("list", "*");
        Predicate<Entry> matches = filterOf(filter).and(e -> !mediaOnly || e.kind().isMedia())
                .and(e -> allUsers) // entries belong to the platform's user: a KS of another user without list:* sees none
                .and(e -> mayView(session, privileges, e));
        List<Entry> found = backend.all(call.partnerId()).stream().filter(matches)
                .sorted(order(filter.text("orderBy"))).toList();
        int from = (int) Math.min(pager.offset(), found.size());
        int to = Math.min(from + pager.pageSize(), found.size());
        // media.list writes live streams as KalturaLiveStreamEntry whatever the KS; the other actions
        // give an ADMIN KS the admin variant.
        boolean adminView = session.isAdmin() && !mediaOnly;
        return new ListResponse<>(found.subList(from, to).stream().map(e -> view(e, adminView)).toList(),
                found.size(), objectType);
    }

    private static boolean mayView(CoreSession session, Privileges privileges, Entry entry) {
        return !entry.isPrivate() || session.isAdmin()
                || privileges.grants("sview", entry.id());
    }

    private static Predicate<Entry> filterOf(CoreParams filter) {
        String idEqual = filter.text("idEqual");
        Set<String> idIn = list(filter.text("idIn"));
        Set<String> idNotIn = list(filter.text("idNotIn"));
        String nameLike = lower(filter.text("nameLike"));
        String nameEqual = filter.text("nameEqual");
        Set<String> categoriesIdsMatchOr = list(filter.text("categoriesIdsMatchOr"));
        Set<String> categoriesIdsMatchAnd = list(filter.text("categoriesIdsMatchAnd"));
        String typeEqual = filter.text("typeEqual");
        Set<String> typeIn = list(filter.text("typeIn"));
        Integer statusEqual = filter.intValue("statusEqual");
        Long createdFrom = filter.longValue("createdAtGreaterThanOrEqual");
        Long createdTo = filter.longValue("createdAtLessThanOrEqual");
        String tagsLike = lower(filter.text("tagsLike"));
        return e -> (idEqual == null || e.id().equals(idEqual))
                && (idIn == null || idIn.contains(e.id()))
                && (idNotIn == null || !idNotIn.contains(e.id()))
                && (nameLike == null || e.name().toLowerCase(Locale.ROOT).contains(nameLike))
                && (nameEqual == null || e.name().equals(nameEqual))
                && (categoriesIdsMatchOr == null || categoriesIdsMatchOr.contains(e.categoriesIds()))
                && (categoriesIdsMatchAnd == null || categoriesIdsMatchAnd.stream().allMatch(e.categoriesIds()::equals))
                && (typeEqual == null || typeEqual.equals(e.kind().typeText()))
                && (typeIn == null || typeIn.contains(e.kind().typeText()))
                && (statusEqual == null || statusEqual == READY)
                && (createdFrom == null || e.session().createdAt().getEpochSecond() >= createdFrom)
                && (createdTo == null || e.session().createdAt().getEpochSecond() <= createdTo)
                && (tagsLike == null || String.join(",", e.session().tags()).toLowerCase(Locale.ROOT).contains(tagsLike));
    }

    /** {@code +name}, {@code -createdAt} (the default), {@code ±startDate}, {@code ±endDate}, {@code ±updatedAt}. */
    private static Comparator<Entry> order(String orderBy) {
        String by = orderBy == null ? "-createdAt" : orderBy.strip();
        boolean descending = by.startsWith("-");
        String field = by.startsWith("-") || by.startsWith("+") ? by.substring(1) : by;
        Comparator<Entry> comparator = switch (field) {
            case "name" -> Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER);
            case "startDate" -> Comparator.comparing(e -> e.session().startDate());
            case "endDate" -> Comparator.comparing(e -> e.session().endDate());
            case "updatedAt" -> Comparator.comparing(e -> e.session().updatedAt());
            case "createdAt" -> Comparator.comparing(e -> e.session().createdAt());
            default -> throw CoreApiErrors.invalidEnumValue(orderBy, "orderBy", "KalturaBaseEntryOrderBy");
        };
        return descending ? comparator.reversed() : comparator;
    }

    /**
     * The entry as the core API writes it: the most derived type's fields first, then the base
     * entry's, {@code objectType} last; times in unix seconds.
     */
    private static ObjectNode view(Entry e, boolean admin) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (e.kind() == EntryKind.LIVE_STREAM) {
            node.put("mediaType", EntryKind.MEDIA_TYPE_LIVE_STREAM_FLASH);
            node.put("sourceType", EntryKind.SOURCE_TYPE_LIVE_STREAM);
            node.put("plays", 0);
            node.put("views", 0);
            node.put("duration", 0);
            node.put("msDuration", 0);
        } else {
            node.put("roomType", EntryKind.ROOM_TYPE_ROOM);
        }
        node.put("id", e.id());
        node.put("name", e.name());
        node.put("description", e.session().description());
        node.put("partnerId", e.event().partnerId());
        node.put("tags", String.join(",", e.session().tags()));
        node.put("categories", e.categories());
        node.put("categoriesIds", e.categoriesIds());
        node.put("status", READY);
        node.put("moderationStatus", AUTO_APPROVED);
        node.put("moderationCount", 0);
        Object type = e.kind().type();
        if (type instanceof Integer number) {
            node.put("type", number);
        } else {
            node.put("type", type.toString());
        }
        node.put("createdAt", e.session().createdAt().getEpochSecond());
        node.put("updatedAt", e.session().updatedAt().getEpochSecond());
        node.put("rank", 0);
        node.put("totalRank", 0);
        node.put("votes", 0);
        node.put("version", 0);
        node.put("startDate", e.session().startDate().getEpochSecond());
        node.put("endDate", e.session().endDate().getEpochSecond());
        node.put("displayInSearch", DISPLAY_IN_SEARCH_PARTNER_ONLY);
        node.put("objectType", e.kind().objectType(admin));
        return node;
    }

    private static Set<String> list(String text) {
        return text == null ? null
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
