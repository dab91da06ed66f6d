package com.anchang.identity.adapter.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The authorizations (sessions) of one user, so signing out finds them by the user's id. */
@Document("user_sessions")
public record UserSessionsDocument(@Id String id, List<String> authorizationIds) {
}
