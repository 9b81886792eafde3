package dev.eventsim.simulator.admin;

/** A partner as the control plane shows it. */
public record PartnerView(long partnerId, String adminSecret, boolean isDefault) {
}
