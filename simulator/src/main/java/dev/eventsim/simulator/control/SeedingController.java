package dev.eventsim.simulator.control;

import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.seeding.SeedReader;
import dev.eventsim.simulator.seeding.SeedingBackend;

/** {@code POST /__sim/seed}: many events at once, generated from a seed number or listed. */
public final class SeedingController {
    private final SeedingBackend backend;
    private final Partners partners;

    public SeedingController(SeedingBackend backend, Partners partners) {
        this.backend = backend;
        this.partners = partners;
    }

    public Object seed(ControlRequest request) {
        return backend.seed(SeedReader.read(request.body(), partners.defaultPartner().id()));
    }
}
