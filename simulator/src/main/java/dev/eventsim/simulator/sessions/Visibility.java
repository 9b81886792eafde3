package dev.eventsim.simulator.sessions;

/** Where a session shows on its event's site. */
public enum Visibility {
    published,
    unlisted,
    private_;

    /** The name on the wire ({@code private} is a Java keyword). */
    public String wireName() {
        return this == private_ ? "private" : name();
    }

    public static Visibility ofWireName(String name) {
        for (Visibility v : values()) {
            if (v.wireName().equals(name)) {
                return v;
            }
        }
        return null;
    }
}
