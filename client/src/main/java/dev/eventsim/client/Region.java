package dev.eventsim.client;

import java.net.URI;

/** The regions of the hosted Events API, each with its base URL (docs/fidelity.md, "Regions"). */
public enum Region {
    /** North America, the default region. */
    NVP("https://events-api.nvp1.ovp.kaltura.com/api/v1"),
    /** Europe (Ireland). */
    EU("https://events-api.irp2.ovp.kaltura.com/api/v1"),
    /** Germany (Frankfurt). */
    DE("https://events-api.frp2.ovp.kaltura.com/api/v1");

    private final URI baseUrl;

    Region(String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    /** The base URL operations are appended to, such as {@code .../api/v1}. */
    public URI baseUrl() {
        return baseUrl;
    }
}
