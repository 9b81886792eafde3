package dev.eventsim.simulator.teammembers;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.PagerPolicy.Page;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Team members of a partner (account level): their rules and their state. Every check runs before the first change. */
public final class TeamMembersBackend {
    /** The team table, as snapshots and the state file name it. */
    public static final TableKind<TeamRows> TABLE = new TableKind<>("teamMembers", Team.class, TeamRows.class, Team::new);

    // Deliberately loose, as a form check is: one @, no spaces, a dot in the domain.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final Store store;
    private final Clock clock;

    public TeamMembersBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public TeamMember create(long partnerId, NewTeamMember request) {
        if (!EMAIL.matcher(request.email()).matches()) {
            throw ApiErrors.malformedEmail("email", request.email());
        }
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            Team team = team(partner);
            if (team.hasEmail(request.email())) {
                throw ApiErrors.emailAlreadyOnTeam(request.email());
            }
            Instant now = clock.instant();
            TeamMember member = new TeamMember(store.ids().teamMemberId(partnerId, request.email()), request.email(),
                    request.firstName(), request.lastName(), request.role(), false, now, now);
            team.put(member);
            return member;
        });
    }

    public TeamMember update(long partnerId, TeamMemberChanges changes) {
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            Team team = team(partner);
            TeamMember old = existing(team, changes.id());
            TeamMember updated = new TeamMember(old.id(), old.email(), or(changes.firstName(), old.firstName()),
                    or(changes.lastName(), old.lastName()), or(changes.role(), old.role()),
                    or(changes.disabled(), old.disabled()), old.createdAt(), clock.instant());
            team.put(updated);
            return updated;
        });
    }

    public void delete(long partnerId, String id) {
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            Team team = team(partner);
            existing(team, id);
            team.remove(id);
            return null;
        });
    }

    public TeamMemberPage list(long partnerId, Page page) {
        PartnerData partner = store.partner(partnerId);
        List<TeamMember> members = partner.read(() -> team(partner).inCreationOrder());
        int from = Math.min(page.start(), members.size());
        int to = (int) Math.min((long) from + page.limit(), members.size());
        return new TeamMemberPage(members.subList(from, to), members.size());
    }

    private static Team team(PartnerData partner) {
        return partner.table(Team.class, Team::new);
    }

    private static TeamMember existing(Team team, String id) {
        TeamMember member = team.get(id);
        if (member == null) {
            throw ApiErrors.teamMemberNotFound(id);
        }
        return member;
    }

    private static <T> T or(T sent, T current) {
        return sent == null ? current : sent;
    }
}
