package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoBuildingRepository implements BuildingRepository {

    private final MongoTemplate mongo;

    public MongoBuildingRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Building> find(String buildingId) {
        return Optional.ofNullable(mongo.findById(buildingId, BuildingDocument.class)).map(BuildingDocument::toDomain);
    }

    @Override
    public void insert(Building building) {
        mongo.insert(BuildingDocument.of(building));
    }
}
