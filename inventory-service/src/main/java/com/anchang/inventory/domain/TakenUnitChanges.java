package com.anchang.inventory.domain;

/**
 * Port: per opening, how many changes to its taken units (a hold released, expired or cancelled, a unit
 * reserved or contracted) have begun and how many have ended. Every such change counts itself begun
 * before it writes the unit and ended after, so a count read with {@code begun == ended} says that no
 * such change was under way at that moment, and two equal quiet counts say that none happened in
 * between. That is what lets an instance trust what it remembers of an opening's taken units
 * ({@code TakenUnits}).
 */
public interface TakenUnitChanges {

    record Count(long begun, long ended) {

        public static final Count NONE = new Count(0, 0);

        /** No change was under way when the count was read. */
        public boolean quiet() {
            return begun == ended;
        }
    }

    Count read(String openingId);

    void begin(String openingId);

    void end(String openingId);
}
