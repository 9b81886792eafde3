package dev.eventsim.simulator.coreapi;

/**
 * The answer formats of the core API's {@code format} parameter: 1 JSON, 2 XML (also when none is
 * given, as there); 3, PHP's serialisation, is not offered here and is refused with an error
 * written in JSON, as is a value that names no format.
 */
public enum CoreFormat {
    JSON,
    XML,
    UNSUPPORTED;

    static CoreFormat of(String format) {
        if (format == null) {
            return XML;
        }
        return switch (format.strip()) {
            case "1" -> JSON;
            case "2" -> XML;
            default -> UNSUPPORTED;
        };
    }

    public String contentType() {
        return this == XML ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
    }
}
