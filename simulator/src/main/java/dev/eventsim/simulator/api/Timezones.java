package dev.eventsim.simulator.api;

import java.time.ZoneId;
import java.util.Set;

/**
 * Time zones the API accepts: names of the IANA tz database, its backward links such as
 * US/Pacific included. Java's list differs from IANA's in two ways, mended here: it lacks the
 * IANA zones EST, MST and HST, and it keeps the SystemV zones IANA removed in 2020.
 */
public final class Timezones {
    private static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> zones = new java.util.HashSet<>(ZoneId.getAvailableZoneIds());
        zones.removeIf(zone -> zone.startsWith("SystemV/"));
        zones.addAll(Set.of("EST", "MST", "HST"));
        return Set.copyOf(zones);
    }

    private Timezones() {
    }

    public static String check(String field, String timezone) {
        if (timezone != null && !KNOWN.contains(timezone)) {
            throw ApiErrors.invalidArgument(field + " '" + timezone + "' is not an IANA time zone such as America/New_York");
        }
        return timezone;
    }
}
