package com.anchang.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static final PasswordPolicy POLICY = PasswordPolicy.ofMinLength(10);

    static void refused(String username, String password, String reason) {
        assertThatThrownBy(() -> POLICY.check(username, password))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains(reason);
                });
    }

    @Test
    @DisplayName("IDN-4: nine characters are refused, ten accepted (counted as characters, not bytes)")
    void minimumLength() {
        refused("li.na", "123456789", "at least 10 characters");
        assertThatCode(() -> POLICY.check("li.na", "1234567890")).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("li.na", "安常售楼处安常售楼处")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IDN-4: more than 72 bytes is refused instead of silently cut by bcrypt")
    void maximumBytes() {
        refused("li.na", "安".repeat(25), "at most 72 bytes");
        assertThatCode(() -> POLICY.check("li.na", "a".repeat(72))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IDN-4: the username is never the password, and a password is required")
    void notTheUsername() {
        refused("li.na.huaxin", "Li.Na.Huaxin", "must not be the username");
        refused("li.na", null, "is required");
        refused("li.na", "", "is required");
    }
}
