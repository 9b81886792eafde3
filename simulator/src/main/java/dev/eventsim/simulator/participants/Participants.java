package dev.eventsim.simulator.participants;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speakers and moderators of one session, as stored. Immutable: every change makes a new
 * value, so an operation can build the result fully before storing it. Moderators keep the order
 * they were added in.
 */
public record Participants(Map<String, Speaker> speakers, Set<String> moderatorIds) {

    public static final Participants NONE = new Participants(Map.of(), Set.of());

    public boolean isEmpty() {
        return speakers.isEmpty() && moderatorIds.isEmpty();
    }

    public List<Speaker> speakersInOrder() {
        return speakers.values().stream().sorted(Speaker.DISPLAY_ORDER).toList();
    }

    /** Adds new speakers with defaults and changes the sent fields of the ones already here. */
    Participants withSpeakers(Collection<SpeakerInput> inputs) {
        Map<String, Speaker> next = new LinkedHashMap<>(speakers);
        for (SpeakerInput input : inputs) {
            Speaker current = next.get(input.userId());
            next.put(input.userId(), current == null ? Speaker.of(input) : current.with(input));
        }
        return new Participants(Collections.unmodifiableMap(next), moderatorIds);
    }

    Participants withoutSpeakers(Collection<String> userIds) {
        Map<String, Speaker> next = new LinkedHashMap<>(speakers);
        next.keySet().removeAll(userIds);
        return new Participants(Collections.unmodifiableMap(next), moderatorIds);
    }

    Participants withModerators(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return this;
        }
        Set<String> next = new LinkedHashSet<>(moderatorIds);
        next.addAll(userIds);
        return new Participants(speakers, Collections.unmodifiableSet(next));
    }

    Participants withoutModerators(Collection<String> userIds) {
        Set<String> next = new LinkedHashSet<>(moderatorIds);
        next.removeAll(userIds);
        return new Participants(speakers, Collections.unmodifiableSet(next));
    }
}
