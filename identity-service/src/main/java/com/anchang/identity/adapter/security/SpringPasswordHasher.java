package com.anchang.identity.adapter.security;

import com.anchang.identity.domain.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The domain's password hashing on Spring Security's (delegating, bcrypt by default) password encoder. */
public class SpringPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    public SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        try {
            return encoder.matches(rawPassword, hash);
        } catch (IllegalArgumentException unusable) {
            return false; // e.g. longer than bcrypt's 72 bytes, or an unknown hash id
        }
    }
}
