package dev.eventsim.client.support;

import dev.eventsim.client.Sleeper;
import dev.eventsim.simulator.clock.SimClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Sleeps by moving the simulator's clock on, at once, and remembers each wait. */
public final class VirtualSleeper implements Sleeper {
    private final SimClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public VirtualSleeper(SimClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    /** Every wait asked for, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public Duration total() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
