package dev.eventsim.simulator.teammembers;

import dev.eventsim.simulator.state.PortableTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A partner's team: its members by id, in creation order (an update keeps a member's place, a
 * member added again after a delete goes to the end). Kept as a table of {@code PartnerData}, so
 * a reset rebuilds it. Account level: deleting an event leaves the team alone.
 */
final class Team implements PortableTable {
    private final Map<String, TeamMember> members = new LinkedHashMap<>();

    Team() {
    }

    Team(TeamRows rows) {
        rows.members().forEach(this::put);
    }

    @Override
    public TeamRows export() {
        return new TeamRows(inCreationOrder());
    }

    TeamMember get(String id) {
        return members.get(id);
    }

    boolean hasEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return members.values().stream().anyMatch(m -> m.email().toLowerCase(Locale.ROOT).equals(wanted));
    }

    void put(TeamMember member) {
        members.put(member.id(), member);
    }

    void remove(String id) {
        members.remove(id);
    }

    /** A copy, so a reader can page it after the lock is released. */
    List<TeamMember> inCreationOrder() {
        return List.copyOf(members.values());
    }
}
