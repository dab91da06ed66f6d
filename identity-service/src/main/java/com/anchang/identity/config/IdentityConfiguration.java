package com.anchang.identity.config;

import com.anchang.identity.adapter.messaging.IdentityEvents;
import com.anchang.identity.adapter.persistence.MongoAuditLog;
import com.anchang.identity.adapter.persistence.MongoDirectoryRepositories;
import com.anchang.identity.adapter.security.SpringPasswordHasher;
import com.anchang.identity.application.Auditing;
import com.anchang.identity.application.BootstrappingAdmin;
import com.anchang.identity.application.CertifyingConsultant;
import com.anchang.identity.application.SettingContact;
import com.anchang.identity.application.ChangingPassword;
import com.anchang.identity.application.CreatingDeveloper;
import com.anchang.identity.application.CreatingUser;
import com.anchang.identity.application.Directory;
import com.anchang.identity.application.EndingEmployment;
import com.anchang.identity.application.GrantingRole;
import com.anchang.identity.application.IssuingClaims;
import com.anchang.identity.application.OpeningOffice;
import com.anchang.identity.application.ReadingAudit;
import com.anchang.identity.application.Sessions;
import com.anchang.identity.application.SigningIn;
import com.anchang.identity.application.SigningOut;
import com.anchang.identity.application.ViewingDirectory;
import com.anchang.identity.domain.AuditLog;
import com.anchang.identity.domain.LockoutPolicy;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.PasswordPolicy;
import com.anchang.identity.domain.UserRepository;
import com.anchang.support.clock.SecurityClock;
import com.anchang.support.outbox.OutboxRelay;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The directory: repositories, policies and use cases. Token issuing is wired in {@link AuthorizationServerConfiguration}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    /**
     * Spring Security's delegating encoder: new hashes are bcrypt ({bcrypt} prefix, cost 10); hashes of the
     * other ids it knows (pbkdf2, scrypt, argon2 with BouncyCastle...) still verify, so the default can move on.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new SpringPasswordHasher(encoder);
    }

    @Bean
    PasswordPolicy passwordPolicy(IdentityProperties properties) {
        return PasswordPolicy.ofMinLength(properties.passwords().minLength());
    }

    @Bean
    LockoutPolicy lockoutPolicy(IdentityProperties properties) {
        return new LockoutPolicy(properties.lockout().maxFailures(), properties.lockout().duration());
    }

    @Bean
    UserRepository userRepository(MongoTemplate mongo, IdentityEvents events, OutboxRelay relay) {
        return new MongoDirectoryRepositories.Users(mongo, events, relay);
    }

    @Bean
    Directory directory(MongoTemplate mongo, UserRepository users, IdentityEvents events, OutboxRelay relay) {
        return new Directory(new MongoDirectoryRepositories.Developers(mongo),
                new MongoDirectoryRepositories.Offices(mongo, events, relay), users);
    }

    @Bean
    AuditLog auditLog(MongoTemplate mongo, IdentityProperties properties) {
        return new MongoAuditLog(mongo, properties.directory().defaultZone());
    }

    @Bean
    Auditing auditing(AuditLog log, Clock clock) {
        return new Auditing(log, clock);
    }

    @Bean
    CreatingDeveloper creatingDeveloper(Directory directory, Auditing auditing) {
        return new CreatingDeveloper(directory, auditing);
    }

    @Bean
    OpeningOffice openingOffice(Directory directory, Auditing auditing, IdentityProperties properties, Clock clock) {
        return new OpeningOffice(directory, auditing, properties.directory().defaultZone(), clock);
    }

    @Bean
    CreatingUser creatingUser(Directory directory, PasswordPolicy policy, PasswordHasher hasher, Auditing auditing) {
        return new CreatingUser(directory, policy, hasher, auditing);
    }

    @Bean
    GrantingRole grantingRole(Directory directory, Auditing auditing, Clock clock) {
        return new GrantingRole(directory, auditing, clock);
    }

    @Bean
    EndingEmployment endingEmployment(Directory directory, Sessions sessions, Auditing auditing, Clock clock) {
        return new EndingEmployment(directory, sessions, auditing, clock);
    }

    @Bean
    ChangingPassword changingPassword(Directory directory, Sessions sessions, PasswordHasher hasher,
            PasswordPolicy policy, LockoutPolicy lockout, Auditing auditing, SecurityClock clock) {
        // the lockout is security: judged by the security clock (the machine's under a simulated clock, ADR 11)
        return new ChangingPassword(directory, sessions, hasher, policy, lockout, auditing, clock.clock());
    }

    @Bean
    CertifyingConsultant certifyingConsultant(Directory directory, Auditing auditing) {
        return new CertifyingConsultant(directory, auditing);
    }

    @Bean
    SettingContact settingContact(Directory directory, Auditing auditing, Clock clock) {
        return new SettingContact(directory, auditing, clock);
    }

    @Bean
    SigningIn signingIn(UserRepository users, PasswordHasher hasher, LockoutPolicy lockout, Auditing auditing,
            SecurityClock clock) {
        return new SigningIn(users, hasher, lockout, auditing, clock.clock());
    }

    @Bean
    SigningOut signingOut(Directory directory, Sessions sessions, Auditing auditing) {
        return new SigningOut(directory, sessions, auditing);
    }

    @Bean
    ViewingDirectory viewingDirectory(Directory directory) {
        return new ViewingDirectory(directory);
    }

    @Bean
    ReadingAudit readingAudit(Directory directory, AuditLog log, Clock clock, IdentityProperties properties) {
        return new ReadingAudit(directory, log, clock, properties.directory().defaultZone());
    }

    @Bean
    IssuingClaims issuingClaims(UserRepository users) {
        return new IssuingClaims(users);
    }

    @Bean
    BootstrappingAdmin bootstrappingAdmin(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
            Auditing auditing) {
        return new BootstrappingAdmin(users, policy, hasher, auditing);
    }

    /** On a first start: the first platform administrator, from identity.bootstrap.* (if set). */
    @Bean
    ApplicationRunner bootstrapAdmin(BootstrappingAdmin bootstrapping, IdentityProperties properties) {
        return args -> {
            IdentityProperties.Bootstrap bootstrap = properties.bootstrap();
            if (bootstrap.adminUsername() == null || bootstrap.adminUsername().isBlank()
                    || bootstrap.adminPassword() == null || bootstrap.adminPassword().isEmpty()) {
                log.info("identity.bootstrap.admin-username/-password not set: no platform administrator is bootstrapped");
                return;
            }
            var admin = bootstrapping.ensureAdmin(bootstrap.adminUsername(), bootstrap.adminPassword());
            if (admin != null) {
                log.warn("bootstrapped the platform administrator '{}' from identity.bootstrap.*", admin.username());
            }
        };
    }
}
