package com.anchang.identity.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.identity.adapter.messaging.IdentityEvents;
import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.DeveloperRepository;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.OfficeRepository;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import com.anchang.identity.domain.UsernameTakenException;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The directory's repositories on MongoDB: every hot look-up by _id or by the unique username. A user's and an
 * office's documents carry the events their writes cause until the relay publishes them (ADR 1).
 */
public final class MongoDirectoryRepositories {

    private MongoDirectoryRepositories() {
    }

    public static class Developers implements DeveloperRepository {

        private final MongoTemplate mongo;

        public Developers(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public Optional<Developer> find(String developerId) {
            return Optional.ofNullable(mongo.findById(developerId, DeveloperDocument.class)).map(DeveloperDocument::toDomain);
        }

        @Override
        public void insert(Developer developer) {
            mongo.insert(DeveloperDocument.of(developer));
        }
    }

    public static class Offices implements OfficeRepository {

        public static final String COLLECTION = "offices";
        /** Set by the write that told the office's opening to other services (ADR 32). */
        static final String TOLD = "told";

        private final MongoTemplate mongo;
        private final IdentityEvents events;
        private final OutboxRelay relay;

        public Offices(MongoTemplate mongo, IdentityEvents events, OutboxRelay relay) {
            this.mongo = mongo;
            this.events = events;
            this.relay = relay;
        }

        @Override
        public Optional<Office> find(String officeId) {
            return Optional.ofNullable(mongo.findById(officeId, OfficeDocument.class)).map(OfficeDocument::toDomain);
        }

        @Override
        public void insert(Office office, Instant openedAt) {
            mongo.insert(OfficeDocument.of(office, List.of(events.officeOpened(office, openedAt))));
            relay.published(COLLECTION, office.id());
        }

        /** Scans the offices (few; no unique key serves it); runs once at start. */
        @Override
        public List<Office> neverTold() {
            return mongo.find(query(where(TOLD).ne(true)), OfficeDocument.class).stream()
                    .map(OfficeDocument::toDomain).toList();
        }

        /** One conditional write: the event and the mark together, only while the office is still untold. */
        @Override
        public boolean tellOpened(Office office, Instant at) {
            var result = mongo.updateFirst(query(where("_id").is(office.id()).and(TOLD).ne(true)),
                    new Update().push("outbox", events.officeOpened(office, at)).set(TOLD, true), OfficeDocument.class);
            if (result.getModifiedCount() == 0) {
                return false;
            }
            relay.published(COLLECTION, office.id());
            return true;
        }
    }

    public static class Users implements UserRepository {

        public static final String COLLECTION = "users";
        /** Set by the write that told the user's contact to other services (NOTE-6). */
        static final String CONTACT_TOLD = "contactTold";

        private final MongoTemplate mongo;
        private final IdentityEvents events;
        private final OutboxRelay relay;

        public Users(MongoTemplate mongo, IdentityEvents events, OutboxRelay relay) {
            this.mongo = mongo;
            this.events = events;
            this.relay = relay;
        }

        @Override
        public Optional<User> find(String userId) {
            return Optional.ofNullable(mongo.findById(userId, UserDocument.class)).map(UserDocument::toDomain);
        }

        /** Served by the unique username index (a flat one-field filter). */
        @Override
        public Optional<User> findByUsername(String username) {
            return Optional.ofNullable(mongo.findOne(query(where("username").is(username)), UserDocument.class))
                    .map(UserDocument::toDomain);
        }

        /**
         * One document per office, {@code {_id: officeId, userIds: [...]}}, added to before the user is
         * written: a crash between leaves an id whose user holds no role there, which readers drop.
         */
        static final String OFFICE_STAFF = "office_staff";

        private void listAtTheirOffices(User user) {
            for (String officeId : user.officeIds()) {
                mongo.upsert(query(where("_id").is(officeId)), new Update().addToSet("userIds", user.id()), OFFICE_STAFF);
            }
        }

        @Override
        public List<User> everListedAt(String officeId) {
            org.bson.Document listed = mongo.findById(officeId, org.bson.Document.class, OFFICE_STAFF);
            if (listed == null) {
                return List.of();
            }
            return listed.getList("userIds", String.class).stream().map(this::find).flatMap(Optional::stream).toList();
        }

        @Override
        public void insert(User user) {
            listAtTheirOffices(user);
            try {
                mongo.insert(UserDocument.of(user));
            } catch (DuplicateKeyException e) {
                throw new UsernameTakenException(user.username());
            }
        }

        @Override
        public void save(User user) {
            listAtTheirOffices(user);
            UserDocument state = UserDocument.of(user);
            Update update = new Update()
                    .set("passwordHash", state.passwordHash())
                    .set("employment", state.employment())
                    .set("certified", state.certified())
                    .set("failedSignIns", state.failedSignIns())
                    .set("lockedUntil", state.lockedUntil())
                    .set("grants", state.grants())
                    .set("mobile", state.mobile())
                    .set("smsReminders", state.smsReminders())
                    .inc("version", 1);
            boolean told = user.contactChangedAt() != null;
            if (told) { // NOTE-6: the contact's change leaves with the state that made it, in this one write
                update.push("outbox", events.contactChanged(user, user.version() + 1)).set(CONTACT_TOLD, true);
            }
            var result = mongo.updateFirst(query(where("_id").is(user.id()).and("version").is(user.version())), update,
                    UserDocument.class);
            if (result.getMatchedCount() == 0) {
                throw new ConcurrentChangeException("user " + user.username() + " was changed concurrently");
            }
            if (told) {
                relay.published(COLLECTION, user.id());
            }
        }

        @Override
        public List<User> withContactNeverTold() {
            return mongo.find(query(where("mobile").ne(null).and(CONTACT_TOLD).ne(true)), UserDocument.class).stream()
                    .map(UserDocument::toDomain).toList();
        }

        /** Scans the users (no unique key serves it); runs once at start. */
        @Override
        public boolean anyPlatformAdmin() {
            return mongo.exists(query(where("grants.role").is(Role.PLATFORM_ADMIN.name())), UserDocument.class);
        }
    }
}
