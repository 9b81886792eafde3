package dev.eventsim.simulator.teammembers;

/** The Event Platform roles a team member can hold, as the contract names them. */
public enum TeamRole {
    Admin,
    Organizer,
    ContentManager;

    /** The role with this exact name, or null. */
    public static TeamRole ofWireName(String name) {
        for (TeamRole role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
