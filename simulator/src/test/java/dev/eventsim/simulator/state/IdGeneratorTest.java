package dev.eventsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The id generator's whole position is a value: same seed, same ids; restored position, same ids next. */
class IdGeneratorTest {

    private static List<String> entryIds(IdGenerator ids, int n) {
        return IntStream.range(0, n).mapToObj(i -> ids.nextEntryId()).toList();
    }

    @Test
    void the_random_stream_is_splitmix64_as_published() {
        assertThat(new SplitMix64(0).nextLong()).as("the reference first output for seed 0")
                .isEqualTo(0xe220a8397b1dcdafL);
    }

    @Test
    void one_seed_gives_one_sequence_of_ids_and_another_seed_another() {
        assertThat(entryIds(new IdGenerator(42), 20)).isEqualTo(entryIds(new IdGenerator(42), 20));
        assertThat(entryIds(new IdGenerator(42), 20)).isNotEqualTo(entryIds(new IdGenerator(43), 20));
    }

    @Test
    void entry_ids_use_every_character_they_may() {
        Set<Character> seen = new HashSet<>();
        IdGenerator ids = new IdGenerator(7);
        for (String id : entryIds(ids, 2_000)) {
            assertThat(id).matches("1_[a-z0-9]{8}");
            id.substring(2).chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(36);
    }

    @Test
    void a_generator_built_from_an_image_goes_on_as_the_original_does() {
        IdGenerator original = new IdGenerator(42);
        original.nextEventId();
        original.nextJobId();
        original.nextCategoryId();
        entryIds(original, 5);
        original.nextHex(4);

        IdGenerator copy = new IdGenerator(original.image());

        assertThat(copy.image()).isEqualTo(original.image());
        assertThat(copy.nextEventId()).isEqualTo(original.nextEventId());
        assertThat(copy.nextJobId()).isEqualTo(original.nextJobId());
        assertThat(copy.nextCategoryId()).isEqualTo(original.nextCategoryId());
        assertThat(entryIds(copy, 10)).isEqualTo(entryIds(original, 10));
    }

    @Test
    void catching_up_moves_forward_to_an_image_and_never_back() {
        IdGenerator ids = new IdGenerator(42);
        IdsImage start = ids.image();
        ids.nextEventId();
        entryIds(ids, 3);
        IdsImage ahead = ids.image();
        List<String> afterAhead = entryIds(new IdGenerator(ahead), 3);

        IdGenerator behind = new IdGenerator(start);
        behind.catchUpWith(ahead);
        assertThat(behind.image()).as("moved up to the image").isEqualTo(ahead);
        assertThat(entryIds(behind, 3)).isEqualTo(afterAhead);

        IdsImage further = behind.image();
        behind.catchUpWith(start);
        assertThat(behind.image()).as("an image behind changes nothing").isEqualTo(further);
        behind.catchUpWith(new IdGenerator(99).image());
        assertThat(behind.image().randomState()).as("another seed's stream is not this one's")
                .isEqualTo(further.randomState());
    }
}
