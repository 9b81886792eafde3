package dev.eventsim.simulator.api;

import java.time.ZoneId;
import java.util.Set;

/** Time zones the API accepts: names of the IANA tz database (its backward links such as US/Pacific included). */
public final class Timezones {
    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

    private Timezones() {
    }

    public static String check(String field, String timezone) {
        if (timezone != null && !KNOWN.contains(timezone)) {
            throw ApiErrors.invalidArgument(field + " '" + timezone + "' is not an IANA time zone such as America/New_York");
        }
        return timezone;
    }
}
