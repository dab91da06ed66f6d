package com.anchang.identity.domain;

import com.anchang.support.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * IDN-4: what a password must be. {@code maxBytes} bounds the UTF-8 length (bcrypt reads at most 72
 * bytes; anything longer would be silently cut, so it is refused instead).
 */
public record PasswordPolicy(int minLength, int maxBytes) {

    public static final int BCRYPT_MAX_BYTES = 72;

    public PasswordPolicy {
        if (minLength < 8 || maxBytes < minLength) {
            throw new IllegalArgumentException("a password policy needs minLength >= 8 and maxBytes >= minLength");
        }
    }

    public static PasswordPolicy ofMinLength(int minLength) {
        return new PasswordPolicy(minLength, BCRYPT_MAX_BYTES);
    }

    /** Refuses an unacceptable password with a 400 naming the field {@code password}. */
    public void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            throw new InvalidInputException("password", "must have at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new InvalidInputException("password", "must be at most " + maxBytes + " bytes in UTF-8");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new InvalidInputException("password", "must not be the username");
        }
    }
}
