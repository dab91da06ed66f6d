package com.anchang.lead.domain;

/** What happened to a collision (LEAD-5); the messaging adapter turns these into contract events. */
public sealed interface CollisionEvent {

    Collision collision();

    record Opened(Collision collision) implements CollisionEvent {
    }

    record Resolved(Collision collision) implements CollisionEvent {
    }
}
