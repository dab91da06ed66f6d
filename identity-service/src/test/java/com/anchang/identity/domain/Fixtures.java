package com.anchang.identity.domain;

import java.time.ZoneId;

/** Small builders for the domain tests; a reversible fake hasher keeps them fast. */
final class Fixtures {

    static final PasswordHasher HASHER = new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
            return "{test}" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return hash.equals("{test}" + rawPassword);
        }
    };
    static final PasswordPolicy PASSWORDS = PasswordPolicy.ofMinLength(10);
    static final String PASSWORD = "correct-horse-1";
    static final Developer HUAXIN = new Developer("dev-huaxin", "华信地产");
    static final Developer OTHER = new Developer("dev-other", "Other Developer");
    static final Office BINJIANG = new Office("office-binjiang", HUAXIN.id(), "滨江售楼处", ZoneId.of("Asia/Shanghai"));
    static final Office XIHU = new Office("office-xihu", HUAXIN.id(), "西湖售楼处", ZoneId.of("Asia/Shanghai"));
    static final Office FOREIGN = new Office("office-foreign", OTHER.id(), "Elsewhere", ZoneId.of("Asia/Shanghai"));

    private Fixtures() {
    }

    static User staff(String username, Developer developer) {
        return User.create(username, username, developer, PASSWORD, PASSWORDS, HASHER);
    }

    static User staffOf(String username, Developer developer, Role role, Office office) {
        User user = staff(username, developer);
        user.grant(role, office);
        return user;
    }

    static User platformAdmin() {
        User admin = staff("root", null);
        admin.grant(Role.PLATFORM_ADMIN, null);
        return admin;
    }
}
