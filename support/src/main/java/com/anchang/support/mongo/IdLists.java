package com.anchang.support.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ids for {@code $in} queries, in lists of at most {@link #SIZE}: the embedded store finds each id of an
 * {@code $in} by the unique index, then checks every document found against the whole list again, so one
 * list of n ids costs n² comparisons (see the machine notes on the store's limits). MongoDB itself does not
 * mind; a list of 100 costs it one round trip per 100 documents.
 */
public final class IdLists {

    /** Ids per {@code $in} query. */
    public static final int SIZE = 100;

    private IdLists() {
    }

    /** {@code ids} in order, in consecutive lists of at most {@link #SIZE}; none for no ids. */
    public static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> lists = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            lists.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return lists;
    }
}
