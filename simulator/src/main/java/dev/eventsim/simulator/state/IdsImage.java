package dev.eventsim.simulator.state;

/**
 * Where the id generator stands: the seed and current state of its random stream (entry ids,
 * category hex) and the next value of each sequence. Restoring it makes ids continue exactly as
 * they would have.
 */
public record IdsImage(long seed, long randomState, long nextEventId, long nextJobId, long nextCategoryId) {
}
