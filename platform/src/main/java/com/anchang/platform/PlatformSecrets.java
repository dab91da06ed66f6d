package com.anchang.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded platform's own secrets, made once per var/ folder and kept in var/secrets.properties
 * (owner-only): the gateway's client secret at identity-service and the bootstrap administrator's
 * password. Nothing secret is committed; wiping var/ makes new ones.
 */
record PlatformSecrets(String gatewayClientSecret, String adminUsername, String adminPassword) {

    static PlatformSecrets loadOrCreate(Path var) throws IOException {
        Path file = var.resolve("secrets.properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
        } else {
            properties.setProperty("identity.clients.gateway.secret", random());
            properties.setProperty("identity.bootstrap.admin-username", "admin");
            properties.setProperty("identity.bootstrap.admin-password", random());
            Files.createDirectories(var);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, "made by the embedded platform; delete var/ to make new ones");
            }
        }
        return new PlatformSecrets(properties.getProperty("identity.clients.gateway.secret"),
                properties.getProperty("identity.bootstrap.admin-username"),
                properties.getProperty("identity.bootstrap.admin-password"));
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
