package com.anchang.identity.domain;

import com.anchang.support.problem.RuleRefusedException;

/** IDN-1: the store already holds a user with this username (raised by the repository on insert). */
public class UsernameTakenException extends RuleRefusedException {

    public UsernameTakenException(String username) {
        super(IdentityRule.IDN_1, "username " + username + " is taken");
    }
}
