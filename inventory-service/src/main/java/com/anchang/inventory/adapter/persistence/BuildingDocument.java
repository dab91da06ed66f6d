package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.Building;
import com.anchang.support.outbox.OutboxEntry;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A building as stored, with its inventory.units-imported event until the relay published it. The
 * version is boxed: buildings stored before they carried an outbox have none.
 */
@Document("buildings")
public record BuildingDocument(@Id String id, String developerId, String officeId, String projectId, String name,
        int floors, int unitsPerFloor, List<OutboxEntry> outbox, Long version) {

    static BuildingDocument of(Building b, List<OutboxEntry> outbox) {
        return new BuildingDocument(b.id(), b.developerId(), b.officeId(), b.projectId(), b.name(), b.floors(),
                b.unitsPerFloor(), outbox, 0L);
    }

    Building toDomain() {
        return new Building(id, developerId, officeId, projectId, name, floors, unitsPerFloor);
    }
}
