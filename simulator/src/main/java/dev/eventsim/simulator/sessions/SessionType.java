package dev.eventsim.simulator.sessions;

/** Session types of the contract. {@code Invalid} is a placeholder of the enum and is never accepted. */
public enum SessionType {
    MeetingEntry,
    SimuLive,
    LiveWebcast,
    LiveKME,
    VirtualLearningRoom,
    Invalid
}
