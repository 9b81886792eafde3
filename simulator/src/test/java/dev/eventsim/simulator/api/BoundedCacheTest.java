package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void one_entry_past_the_most_entries_starts_the_cache_over() {
        BoundedCache<Integer, String> cache = new BoundedCache<>("test", 3, 1000);
        for (int i = 0; i < 3; i++) {
            cache.put(i, "v" + i, 10);
        }
        cache.put(3, "v3", 10);

        assertThat(cache.entries()).isEqualTo(1);
        assertThat(cache.get(3)).isEqualTo("v3");
        assertThat(cache.get(0)).isNull();
        assertThat(cache.bytes()).isEqualTo(10);
    }

    @Test
    void one_entry_past_the_most_bytes_starts_the_cache_over() {
        BoundedCache<Integer, String> cache = new BoundedCache<>("test", 100, 1000);
        for (int i = 0; i < 10; i++) {
            cache.put(i, "v" + i, 100);
        }
        assertThat(cache.bytes()).isEqualTo(1000);
        cache.put(10, "v10", 100);

        assertThat(cache.entries()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(100);
    }

    @Test
    void an_entry_larger_than_a_tenth_of_the_bytes_is_not_kept() {
        BoundedCache<Integer, String> cache = new BoundedCache<>("test", 100, 1000);
        cache.put(1, "small", 100);
        cache.put(2, "large", 101);

        assertThat(cache.get(2)).isNull();
        assertThat(cache.get(1)).as("nothing was forgotten for it").isEqualTo("small");
    }

    @Test
    void keeping_a_key_again_counts_its_bytes_once() {
        BoundedCache<Integer, String> cache = new BoundedCache<>("test", 100, 1000);
        cache.put(1, "a", 40);
        cache.put(1, "b", 60);

        assertThat(cache.entries()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(60);
        assertThat(cache.get(1)).isEqualTo("b");
    }
}
