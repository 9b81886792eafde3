package dev.eventsim.simulator.duplication;

/**
 * What the control plane can force on a job: fail, pause, repeat (retrying), stuck (wait
 * forever: the stuck job the guide warns about), unknown, complete now, or resume its progression.
 */
public enum Outcome {
    fail,
    pause,
    repeat,
    stuck,
    unknown,
    complete,
    resume
}
