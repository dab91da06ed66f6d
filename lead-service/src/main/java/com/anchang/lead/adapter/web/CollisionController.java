package com.anchang.lead.adapter.web;

import com.anchang.lead.application.HandlingCollisions;
import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.Violation;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** LEAD-5 collisions for the office's PM (resolving) and head office (reading). */
@RestController
@RequestMapping("/api/leads/collisions")
@Tag(name = "collisions", description = "Collisions 撞单 between two consultants' registrations of one customer (LEAD-5)")
class CollisionController {

    private final HandlingCollisions collisions;

    CollisionController(HandlingCollisions collisions) {
        this.collisions = collisions;
    }

    @GetMapping
    @Operation(summary = "The office's open collisions, oldest first, each with the rule's decision and its evidence "
            + "(LEAD-5); for the office's PM and head office")
    List<CollisionView> open(
            @Parameter(description = "the office whose open collisions to list", required = true)
            @RequestParam(required = false) String officeId,
            Caller caller) {
        if (officeId == null || officeId.isBlank()) {
            throw new InvalidInputException("officeId", "is required");
        }
        return collisions.open(caller, officeId.strip()).stream().map(this::view).toList();
    }

    @GetMapping("/{collisionId}")
    @Operation(summary = "One collision with its evidence timeline (registrations, follow-ups, protection windows), "
            + "the rule's decision and the resolution (LEAD-5); for the office's PM and head office")
    CollisionView one(@PathVariable String collisionId, Caller caller) {
        return view(collisions.one(caller, collisionId));
    }

    record ResolveRequest(@Size(max = 64) String followerConsultantId, @Size(max = 500) String reason,
            Violation.Kind violation) {
    }

    @PostMapping("/{collisionId}/resolution")
    @Operation(summary = "The PM names the follower of a collision on the day it was found (LEAD-5): the rule's "
            + "(followerConsultantId absent or the rule's) or the other consultant, which overrides the rule, needs a "
            + "reason, reassigns the lead and is recorded in the lead audit log as a PM override. An optional violation "
            + "(GRABBING, RENAMING, UNIT_FLIPPING) is recorded against the consultant who lost, the credit going to "
            + "the follower (LEAD-9)")
    CollisionView resolve(@PathVariable String collisionId, @Valid @RequestBody ResolveRequest request,
            Caller caller) {
        String follower = request.followerConsultantId() == null || request.followerConsultantId().isBlank() ? null
                : request.followerConsultantId().strip();
        return view(collisions.resolve(caller, new HandlingCollisions.Resolve(collisionId, follower,
                request.reason(), request.violation())));
    }

    private CollisionView view(Collision collision) {
        return CollisionView.of(collision, collisions.today(collision));
    }
}
