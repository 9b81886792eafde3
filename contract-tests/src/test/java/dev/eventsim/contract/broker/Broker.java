package dev.eventsim.contract.broker;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Pact Broker the build talks to, if any: pact-jvm's own settings ({@code -Dpactbroker.url},
 * {@code -Dpactbroker.auth.token}) or the Pact CLI's environment variables ({@code PACT_BROKER_URL},
 * {@code PACT_BROKER_TOKEN}), the system property first. Without a URL there is no broker: the
 * verification reads the local pact folder and the broker steps are skipped.
 */
public record Broker(String url, String token) {
    public static final String URL_PROPERTY = "pactbroker.url";
    public static final String TOKEN_PROPERTY = "pactbroker.auth.token";
    public static final String URL_VARIABLE = "PACT_BROKER_URL";
    public static final String TOKEN_VARIABLE = "PACT_BROKER_TOKEN";

    /** From this JVM's system properties and environment. */
    public static Optional<Broker> configured() {
        return configured(System::getProperty, System.getenv());
    }

    public static Optional<Broker> configured(UnaryOperator<String> properties, Map<String, String> environment) {
        String url = first(properties.apply(URL_PROPERTY), environment.get(URL_VARIABLE));
        if (url == null) {
            return Optional.empty();
        }
        String token = first(properties.apply(TOKEN_PROPERTY), environment.get(TOKEN_VARIABLE));
        return Optional.of(new Broker(url.replaceFirst("/+$", ""), token));
    }

    /** The one line printed when the broker steps are skipped. */
    public static String notConfigured() {
        return "No Pact Broker (-D" + URL_PROPERTY + " or " + URL_VARIABLE + "): the pact is verified from the local"
                + " folder, and publishing, can-i-deploy and record-deployment are skipped";
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return url + (token == null ? "" : " (with a token)");
    }

    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
