package com.anchang.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdListsTest {

    @Test
    @DisplayName("250 ids come as lists of 100, 100 and 50, in order, every id once")
    void inListsOfAHundred() {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> "id-" + i).toList();

        List<List<String>> lists = IdLists.of(ids);

        assertThat(lists).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(lists.stream().flatMap(List::stream)).containsExactlyElementsOf(ids);
    }

    @Test
    @DisplayName("no ids, no query; exactly 100, one")
    void edges() {
        assertThat(IdLists.of(List.of())).isEmpty();
        assertThat(IdLists.of(IntStream.range(0, 100).boxed().toList())).hasSize(1);
    }
}
