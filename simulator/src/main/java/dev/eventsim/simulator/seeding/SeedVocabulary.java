package dev.eventsim.simulator.seeding;

import dev.eventsim.simulator.sessions.SessionType;
import java.time.Duration;
import java.util.List;

/**
 * The small, realistic vocabulary generated events are drawn from. Changing a list changes what
 * every seed number generates, so add to the end of a list only with care.
 */
final class SeedVocabulary {
    static final List<String> ORGANISERS = List.of("Acme", "Northwind", "Globex", "Initech", "Contoso", "Umbrella",
            "Hooli", "Vandelay", "Stark", "Wonka");
    static final List<String> TOPICS = List.of("Product", "Security", "Cloud", "Data", "AI", "Leadership",
            "Customer Success", "Developer", "Sales", "Partner", "Design", "Finance");
    static final List<String> FORMATS = List.of("Summit", "Town Hall", "Webinar", "Workshop", "Kickoff",
            "Conference", "Roadshow", "Meetup", "Forum", "Bootcamp", "Launch", "Office Hours");
    static final List<String> AUDIENCES = List.of("customers", "partners", "employees", "developers", "executives",
            "new hires", "the community");
    static final List<String> TEMPLATES = List.of("tm0000", "tm1000", "tm2000", "tm3000", "tm4000");
    static final List<String> TIMEZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Europe/Paris",
            "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "UTC");
    static final List<String> LABELS = List.of("internal", "external", "sales", "marketing", "engineering", "hr",
            "training", "webinar", "all-hands", "emea", "amer", "apac", "vip", "recorded");
    static final int MAX_LABELS = 3;
    static final List<Duration> EVENT_LENGTHS = List.of(Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofMinutes(90), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofDays(2));
    /** Start times fall on the half hour, as people schedule them. */
    static final Duration START_GRID = Duration.ofMinutes(30);
    static final List<String> SESSION_NAMES = List.of("Opening keynote", "Product roadmap", "Customer panel",
            "Fireside chat", "Hands-on lab", "Breakout", "Ask me anything", "Demo hour", "Networking",
            "Closing remarks");
    static final List<SessionType> SESSION_TYPES = List.of(SessionType.MeetingEntry, SessionType.LiveWebcast,
            SessionType.SimuLive, SessionType.LiveKME, SessionType.VirtualLearningRoom);
    static final List<String> FIRST_NAMES = List.of("Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis",
            "Barbara", "Ken", "Frances", "Edsger", "Radia", "Tim", "Katherine", "Donald", "Hedy", "John", "Shafi",
            "Vint", "Adele", "Niklaus", "Annie", "Bjarne", "Sophie", "Guido");
    static final List<String> LAST_NAMES = List.of("Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie",
            "Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Johnson", "Knuth", "Lamarr",
            "McCarthy", "Goldwasser", "Cerf", "Goldberg", "Wirth", "Easley", "Stroustrup", "Wilson", "van Rossum");
    static final List<String> JOB_TITLES = List.of("Product Manager", "Solutions Architect", "Engineering Manager",
            "Developer Advocate", "Head of Security", "Data Scientist", "VP Sales", "Customer Success Lead",
            "Designer", "CFO", "CTO", "Marketing Lead");

    private SeedVocabulary() {
    }
}
