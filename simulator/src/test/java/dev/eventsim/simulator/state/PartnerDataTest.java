package dev.eventsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/**
 * How the store treats its tables without knowing any feature: an event table (an
 * {@link EventRegistry}) and an event-scoped table, both made up here, plug in through their kinds
 * as the features' tables do.
 */
class PartnerDataTest {
    private static final long PARTNER = 5;

    /** What the made-up tables were told, in order. */
    private final List<String> told = new ArrayList<>();

    record EventIds(List<Long> ids, long partnerId) implements TableRows {
        @Override
        public int size() {
            return ids.size();
        }
    }

    /** Note rows: each note's event id. */
    record NoteRows(Map<String, Long> notes) implements TableRows {
        @Override
        public int size() {
            return notes.size();
        }
    }

    final class Calendar implements EventRegistry {
        final TreeSet<Long> ids = new TreeSet<>();
        long partnerId = PARTNER;

        Calendar() {
        }

        Calendar(EventIds rows) {
            ids.addAll(rows.ids());
            partnerId = rows.partnerId();
        }

        @Override
        public EventIds export() {
            return new EventIds(List.copyOf(ids), partnerId);
        }

        @Override
        public boolean containsKey(long eventId) {
            return ids.contains(eventId);
        }

        @Override
        public void removeEvent(long eventId) {
            told.add("events: remove " + eventId);
            ids.remove(eventId);
        }

        @Override
        public Optional<String> foreignEvent(long partner) {
            return ids.isEmpty() || partnerId == partner ? Optional.empty()
                    : Optional.of("event " + ids.first() + " belongs to partner " + partnerId);
        }
    }

    final class Notes implements EventScoped, PortableTable {
        final Map<String, Long> notes = new LinkedHashMap<>();

        Notes() {
        }

        Notes(NoteRows rows) {
            notes.putAll(rows.notes());
        }

        @Override
        public NoteRows export() {
            return new NoteRows(Map.copyOf(notes));
        }

        @Override
        public void forgetEvent(long eventId) {
            told.add("notes: forget " + eventId);
            notes.values().removeIf(id -> id == eventId);
        }

        @Override
        public Optional<String> orphan(LongPredicate hasEvent) {
            return notes.entrySet().stream().filter(n -> !hasEvent.test(n.getValue())).findFirst()
                    .map(n -> "note " + n.getKey() + " belongs to event " + n.getValue());
        }
    }

    private final TableKinds kinds = new TableKinds(List.of(
            new TableKind<>("events", Calendar.class, EventIds.class, Calendar::new),
            new TableKind<>("notes", Notes.class, NoteRows.class, Notes::new)));

    private PartnerData restored(Map<String, TableRows> tables) {
        SimulatorState state = SimulatorState.from(new IdGenerator(1).image(),
                List.of(new PartnerImage(PARTNER, tables)), kinds);
        return state.partner(PARTNER);
    }

    @Test
    void deleting_an_event_removes_it_from_the_event_table_then_from_every_event_scoped_table() {
        PartnerData partner = restored(Map.of("events", new EventIds(List.of(7L, 8L), PARTNER),
                "notes", new NoteRows(Map.of("a", 7L, "b", 8L))));

        partner.write(() -> {
            partner.forgetEvent(7);
            return null;
        });

        assertThat(told).containsExactly("events: remove 7", "notes: forget 7");
        assertThat(partner.read(() -> partner.hasEvent(7))).isFalse();
        assertThat(partner.existingTable(Notes.class).notes).containsOnlyKeys("b");
    }

    @Test
    void a_restore_refuses_a_row_whose_event_the_partner_does_not_have() {
        assertThatThrownBy(() -> restored(Map.of("events", new EventIds(List.of(7L), PARTNER),
                "notes", new NoteRows(Map.of("b", 8L)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note b belongs to event 8, which partner 5 does not have");
        assertThatThrownBy(() -> restored(Map.of("notes", new NoteRows(Map.of("a", 7L)))))
                .as("no event table at all").hasMessage("note a belongs to event 7, which partner 5 does not have");
    }

    @Test
    void a_restore_refuses_an_event_of_another_partner() {
        assertThatThrownBy(() -> restored(Map.of("events", new EventIds(List.of(7L), 6))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 7 belongs to partner 6, not 5");
    }

    @Test
    void an_image_lists_the_tables_in_the_order_of_their_kinds_and_leaves_out_empty_ones() {
        PartnerData partner = restored(Map.of("notes", new NoteRows(Map.of()),
                "events", new EventIds(List.of(7L), PARTNER)));
        partner.write(() -> partner.table(Notes.class, Notes::new).notes.put("a", 7L));
        assertThat(partner.image(kinds).tables().keySet()).containsExactly("events", "notes");
        assertThat(partner.image(kinds).counts()).containsExactly(Map.entry("events", 1), Map.entry("notes", 1));

        partner.write(() -> {
            partner.forgetEvent(7);
            return null;
        });
        assertThat(partner.image(kinds).holdsNothing()).isTrue();
    }
}
