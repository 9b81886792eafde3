package dev.eventsim.simulator.api;

import java.util.regex.Pattern;

/** Kaltura entry ids ({@code 1_p3im68oa}): checking them, and the thumbnail URL of one. */
public final class EntryIds {
    private static final Pattern ENTRY_ID = Pattern.compile("[0-9]+_[a-zA-Z0-9]{8}");
    private static final String THUMBNAIL_HOST = "https://cdnapisec.kaltura.com";

    private EntryIds() {
    }

    /** Returns the id, or a 400 naming the field when it is not shaped like an entry id. */
    public static String check(String field, String entryId) {
        if (entryId != null && !ENTRY_ID.matcher(entryId).matches()) {
            throw ApiErrors.invalidArgument(field + " '" + entryId + "' is not a Kaltura entry id such as 1_p3im68oa");
        }
        return entryId;
    }

    /** The thumbnail URL of an entry, or "" when there is no entry. */
    public static String thumbnailUrl(long partnerId, String entryId) {
        return entryId == null ? "" : THUMBNAIL_HOST + "/p/" + partnerId + "/thumbnail/entry_id/" + entryId;
    }
}
