package com.anchang.identity.domain;

/** Port: one-way password hashing (the adapter decides the algorithm; the domain never sees a plain hash scheme). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
