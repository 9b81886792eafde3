package dev.eventsim.junit;

import dev.eventsim.simulator.admin.RemoteControlPlane;

/**
 * Where a test's simulator is and who the test is on it: the URLs, the test's partner (its own
 * with {@code isolatePartners}, else the default partner) with its admin secret, and an ADMIN KS
 * of that partner (see {@link Ks}).
 */
public record SimulatorInfo(String baseUrl, String apiBaseUrl, long partnerId, String adminSecret, String ks) {

    /** {@code http://127.0.0.1:<port>/__sim}, the control plane over HTTP. */
    public String controlUrl() {
        return baseUrl + "/__sim";
    }

    /**
     * The control plane over HTTP, typed: {@code RemoteControlPlane.at(baseUrl())}, the calls of an
     * injected {@code ControlPlane} sent to {@link #controlUrl()} as a test in another process sends
     * them. A simulator started with an admin token needs {@code RemoteControlPlane.at(baseUrl(), token)}.
     */
    public RemoteControlPlane controlPlane() {
        return RemoteControlPlane.at(baseUrl);
    }
}
