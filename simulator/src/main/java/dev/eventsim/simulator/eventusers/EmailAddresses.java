package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.ApiErrors;
import java.util.regex.Pattern;

/** The shape an invitation email must have: something, an @, a domain with a dot, no spaces. */
final class EmailAddresses {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private EmailAddresses() {
    }

    static String check(String field, String email) {
        if (!EMAIL.matcher(email).matches()) {
            throw ApiErrors.invalidArgument(field + " '" + email + "' is not an email address such as jane@example.com");
        }
        return email;
    }
}
