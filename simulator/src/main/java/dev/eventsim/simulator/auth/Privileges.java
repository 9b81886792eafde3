package dev.eventsim.simulator.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The privileges a KS carries ({@code sview:*,actionslimit:5,setrole:PLAYBACK_BASE_ROLE}), read
 * the way the core API reads them: comma-separated, each a name with an optional value after the
 * first colon; {@code *} alone is {@code all:*}. The ones with an effect in the simulator have a
 * reader here; every one is carried in the KS and reported by {@code session.get}.
 */
public record Privileges(Map<String, String> byName) {
    public static final String ACTIONS_LIMIT = "actionslimit";
    public static final String SET_ROLE = "setrole";
    public static final String SESSION_ID = "sessionid";
    public static final String PRIVACY_CONTEXT = "privacycontext";
    public static final String WIDGET = "widget";

    public Privileges {
        byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName)); // in the KS's order
    }

    public static Privileges parse(String privileges) {
        Map<String, String> byName = new LinkedHashMap<>();
        if (privileges != null) {
            for (String privilege : privileges.split(",")) {
                String p = privilege.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (p.equals("*")) {
                    p = "all:*";
                }
                int colon = p.indexOf(':');
                byName.put(colon < 0 ? p : p.substring(0, colon), colon < 0 ? "" : p.substring(colon + 1));
            }
        }
        return new Privileges(byName);
    }

    /** {@code actionslimit:N}: how many calls the KS may serve, or null for no limit. */
    public Integer actionsLimit() {
        String value = byName.get(ACTIONS_LIMIT);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0; // a limit that is no number leaves the KS no call, rather than none
        }
    }

    /** {@code setrole:ROLE}: the role that replaces the session type's own, or null. */
    public String role() {
        return blankToNull(byName.get(SET_ROLE));
    }

    /** {@code sessionid:ID}: the group of KSes one {@code session.end} ends together, or null. */
    public String sessionId() {
        return blankToNull(byName.get(SESSION_ID));
    }

    /** A widget session's KS ({@code widget:1}), as session.startWidgetSession issues it. */
    public boolean isWidget() {
        return "1".equals(byName.get(WIDGET));
    }

    /**
     * Whether a privilege grants {@code id}: {@code sview:*}, {@code sview:1_abc}, or a list of
     * ids separated by {@code /} (the core API's delimiter of a privilege's values). {@code all:*}
     * grants every privilege.
     */
    public boolean grants(String name, String id) {
        if ("*".equals(byName.get("all"))) {
            return true;
        }
        String value = byName.get(name);
        if (value == null) {
            return false;
        }
        for (String granted : value.split("/")) {
            String g = granted.strip();
            if (g.equals("*") || g.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
