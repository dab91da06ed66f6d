package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.Building;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("buildings")
public record BuildingDocument(@Id String id, String developerId, String officeId, String projectId, String name,
        int floors, int unitsPerFloor) {

    static BuildingDocument of(Building b) {
        return new BuildingDocument(b.id(), b.developerId(), b.officeId(), b.projectId(), b.name(), b.floors(),
                b.unitsPerFloor());
    }

    Building toDomain() {
        return new Building(id, developerId, officeId, projectId, name, floors, unitsPerFloor);
    }
}
