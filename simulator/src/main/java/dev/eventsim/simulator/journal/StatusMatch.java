package dev.eventsim.simulator.journal;

import java.util.Locale;

/**
 * The journal's {@code status} filter: an HTTP code ({@code 404}), a class of codes ({@code 4xx}),
 * or a request status value of the response body ({@code InvalidArgument}).
 */
public record StatusMatch(int lowest, int highest, String requestStatus) {

    /** Reads the filter, or returns null when the text is none of the three forms. */
    public static StatusMatch parse(String text) {
        String value = text.strip();
        if (value.matches("[1-5][0-9][0-9]")) {
            int code = Integer.parseInt(value);
            return new StatusMatch(code, code, null);
        }
        if (value.toLowerCase(Locale.ROOT).matches("[1-5]xx")) {
            int base = (value.charAt(0) - '0') * 100;
            return new StatusMatch(base, base + 99, null);
        }
        if (value.matches("[A-Za-z][A-Za-z_]*")) {
            return new StatusMatch(0, 0, value);
        }
        return null;
    }

    boolean matches(ApiCall call) {
        return requestStatus != null ? requestStatus.equals(call.status())
                : call.httpStatus() >= lowest && call.httpStatus() <= highest;
    }
}
