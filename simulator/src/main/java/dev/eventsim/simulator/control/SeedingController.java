package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.seeding.SeedReader;

/** {@code POST /__sim/seed}: many events at once, generated from a seed number or listed. */
public final class SeedingController {
    private final ControlPlane control;
    private final Partners partners;

    public SeedingController(ControlPlane control, Partners partners) {
        this.control = control;
        this.partners = partners;
    }

    public Object seed(ControlRequest request) {
        return control.seed(SeedReader.read(request.body(), partners.defaultPartner().id()));
    }
}
