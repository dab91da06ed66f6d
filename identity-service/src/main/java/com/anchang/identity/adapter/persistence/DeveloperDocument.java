package com.anchang.identity.adapter.persistence;

import com.anchang.identity.domain.Developer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("developers")
public record DeveloperDocument(@Id String id, String name) {

    static DeveloperDocument of(Developer developer) {
        return new DeveloperDocument(developer.id(), developer.name());
    }

    Developer toDomain() {
        return new Developer(id, name);
    }
}
