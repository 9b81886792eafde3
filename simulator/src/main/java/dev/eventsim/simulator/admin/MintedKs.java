package dev.eventsim.simulator.admin;

/** A KS the control plane minted, and what it says; {@code type} 2 ADMIN or 0 USER, {@code version} 2 or 1. */
public record MintedKs(String ks, long partnerId, String userId, int type, String expiresAt, int version) {
}
