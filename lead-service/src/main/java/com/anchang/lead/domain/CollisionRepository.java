package com.anchang.lead.domain;

import java.util.List;
import java.util.Optional;

/** Port: the collisions (LEAD-5), each with the events it caused, and the open ones per office. */
public interface CollisionRepository {

    Optional<Collision> find(String collisionId);

    /**
     * Inserts an opened collision with its event and lists it as open for its office. A collision with
     * the same id (the same lead, challenger and day) already stored is left as it is.
     *
     * @return whether this call inserted it
     */
    boolean open(Collision collision, CollisionEvent.Opened opened);

    /** Writes the resolution with its event (compare-and-set on the version) and removes it from the open list. */
    void resolve(Collision collision, CollisionEvent.Resolved resolved);

    /** The office's open collisions, oldest first. */
    List<Collision> open(String developerId, String officeId);
}
