package com.anchang.identity.adapter.persistence;

import com.anchang.identity.domain.Office;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("offices")
public record OfficeDocument(@Id String id, String developerId, String name, String zone) {

    static OfficeDocument of(Office office) {
        return new OfficeDocument(office.id(), office.developerId(), office.name(), office.zone().getId());
    }

    Office toDomain() {
        return new Office(id, developerId, name, ZoneId.of(zone));
    }
}
