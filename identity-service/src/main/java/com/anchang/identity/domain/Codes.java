package com.anchang.identity.domain;

import com.anchang.support.problem.InvalidInputException;
import java.util.regex.Pattern;

/** Ids an organisation chooses itself for its developers and offices: lower-case letters, digits and dashes. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private Codes() {
    }

    static String valid(String field, String code) {
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(field, "must be 3-64 lower-case letters, digits or dashes, starting with a letter or digit");
        }
        return code;
    }
}
