package dev.eventsim.simulator.seeding;

import static dev.eventsim.simulator.seeding.SeedVocabulary.AUDIENCES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.EVENT_LENGTHS;
import static dev.eventsim.simulator.seeding.SeedVocabulary.FIRST_NAMES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.FORMATS;
import static dev.eventsim.simulator.seeding.SeedVocabulary.JOB_TITLES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.LABELS;
import static dev.eventsim.simulator.seeding.SeedVocabulary.LAST_NAMES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.ORGANISERS;
import static dev.eventsim.simulator.seeding.SeedVocabulary.SESSION_NAMES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.SESSION_TYPES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.START_GRID;
import static dev.eventsim.simulator.seeding.SeedVocabulary.TEMPLATES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.TIMEZONES;
import static dev.eventsim.simulator.seeding.SeedVocabulary.TOPICS;

import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.NewEventUser;
import dev.eventsim.simulator.events.NewEvent;
import dev.eventsim.simulator.participants.SpeakerInput;
import dev.eventsim.simulator.sessions.NewSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Turns a {@link Generation} into events, drawing every name, date, label, template and time zone
 * from {@link SeedVocabulary} with a generator seeded by the seed number alone: the same
 * generation always gives the same seeds, whatever the simulator holds. Users come from a pool of
 * people, so the same person is a user of many events (with one user id, as on the platform).
 */
final class SeedGenerator {
    /** At most FIRST × LAST × ORGANISERS (5,760) people, so emails need no number. */
    private static final int PEOPLE = 5_000;
    private static final List<EventRole> SPEAKER = List.of(EventRole.Speaker);
    private static final List<EventRole> ATTENDEE = List.of(EventRole.Attendees);

    private record Person(String firstName, String lastName, String email, String title, String company, String bio) {
    }

    private final Generation generation;
    private final SplittableRandom random;
    private final long startSlots;
    private final Person[] people = new Person[PEOPLE];
    // Event names and descriptions repeat across events: one string per combination keeps the heap small.
    private final String[] names = new String[ORGANISERS.size() * TOPICS.size() * FORMATS.size()];
    private final String[] descriptions = new String[names.length * AUDIENCES.size()];

    SeedGenerator(Generation generation) {
        this.generation = generation;
        this.random = new SplittableRandom(generation.seed());
        long window = Duration.between(generation.startDateFrom(), generation.startDateTo()).toMillis();
        this.startSlots = Math.max(1, window / START_GRID.toMillis());
    }

    /** The next event of the generation; call it {@code generation.events()} times. */
    EventSeed next() {
        int organiser = random.nextInt(ORGANISERS.size());
        int topic = random.nextInt(TOPICS.size());
        int format = random.nextInt(FORMATS.size());
        int audience = random.nextInt(AUDIENCES.size());
        String template = pick(TEMPLATES);
        String timezone = pick(TIMEZONES);
        Instant start = generation.startDateFrom().plus(START_GRID.multipliedBy(random.nextLong(startSlots)));
        Duration length = pick(EVENT_LENGTHS);
        List<String> labels = labels();
        List<NewEventUser> users = users();
        List<SessionSeed> sessions = sessions(start, length, users);
        NewEvent event = new NewEvent(template, name(organiser, topic, format),
                description(organiser, topic, format, audience), start, start.plus(length), timezone);
        return new EventSeed(event, labels, users, sessions);
    }

    private String name(int organiser, int topic, int format) {
        int key = (organiser * TOPICS.size() + topic) * FORMATS.size() + format;
        if (names[key] == null) {
            names[key] = ORGANISERS.get(organiser) + " " + TOPICS.get(topic) + " " + FORMATS.get(format);
        }
        return names[key];
    }

    private String description(int organiser, int topic, int format, int audience) {
        int key = ((organiser * TOPICS.size() + topic) * FORMATS.size() + format) * AUDIENCES.size() + audience;
        if (descriptions[key] == null) {
            descriptions[key] = TOPICS.get(topic) + " " + FORMATS.get(format).toLowerCase(Locale.ROOT) + " by "
                    + ORGANISERS.get(organiser) + " for " + AUDIENCES.get(audience) + ".";
        }
        return descriptions[key];
    }

    private List<String> labels() {
        int count = random.nextInt(SeedVocabulary.MAX_LABELS + 1);
        List<String> labels = new ArrayList<>(count);
        while (labels.size() < count) {
            String label = pick(LABELS);
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return List.copyOf(labels);
    }

    /** The event's users, distinct people; the first ones are the speakers the sessions need. */
    private List<NewEventUser> users() {
        int count = generation.usersPerEvent();
        int speakers = speakerCount();
        List<NewEventUser> users = new ArrayList<>(count);
        Set<Integer> chosen = new HashSet<>();
        while (users.size() < count) {
            int p = random.nextInt(PEOPLE);
            if (chosen.add(p)) {
                Person person = person(p);
                users.add(new NewEventUser(0, person.firstName(), person.lastName(), person.email(), person.title(),
                        person.company(), person.bio(), users.size() < speakers ? SPEAKER : ATTENDEE, null, null));
            }
        }
        return users;
    }

    /** Sessions share the event's time in equal parts; each takes its speakers in turn from the event's speakers. */
    private List<SessionSeed> sessions(Instant start, Duration length, List<NewEventUser> users) {
        int count = generation.sessionsPerEvent();
        int perSession = generation.speakersPerSession();
        int speakers = speakerCount();
        List<SessionSeed> sessions = new ArrayList<>(count);
        long millis = length.toMillis();
        for (int i = 0; i < count; i++) {
            Instant from = start.plusMillis(millis * i / count);
            Instant to = start.plusMillis(millis * (i + 1) / count);
            NewSession session = new NewSession(0, pick(SESSION_NAMES), pick(SESSION_TYPES), null, null, from, to,
                    null, null, null, null);
            List<SpeakerInput> onStage = new ArrayList<>(perSession);
            for (int j = 0; j < perSession; j++) {
                onStage.add(new SpeakerInput(users.get((i * perSession + j) % speakers).email(), j, null, null));
            }
            sessions.add(new SessionSeed(session, onStage, List.of()));
        }
        return sessions;
    }

    /** How many of an event's users hold the Speaker role: enough for every session's speakers, if there are users enough. */
    private int speakerCount() {
        return Math.min(generation.usersPerEvent(), generation.speakersPerSession() * generation.sessionsPerEvent());
    }

    private Person person(int p) {
        if (people[p] == null) {
            String first = FIRST_NAMES.get(p % FIRST_NAMES.size());
            String last = LAST_NAMES.get(p / FIRST_NAMES.size() % LAST_NAMES.size());
            String company = SeedVocabulary.ORGANISERS.get(p / (FIRST_NAMES.size() * LAST_NAMES.size()) % ORGANISERS.size());
            String title = JOB_TITLES.get(p % JOB_TITLES.size());
            String email = (first + "." + last).toLowerCase(Locale.ROOT).replace(" ", "") + "@"
                    + company.toLowerCase(Locale.ROOT) + ".example";
            people[p] = new Person(first, last, email, title, company, title + " at " + company + ".");
        }
        return people[p];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
