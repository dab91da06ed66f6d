package com.anchang.support.security;

/**
 * The checks Spring Security's firewalls ({@code StrictHttpFirewall} for the services,
 * {@code StrictServerWebExchangeFirewall} for the gateway) and its bearer-token readers make on every
 * request, written as one pass over the characters instead of a regular expression.
 *
 * <p>Why: by default the firewall matches every header value the application reads against
 * {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, and the bearer-token reader matches the
 * {@code Authorization} header against {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} (case-insensitive).
 * Both run over the ~900-character access token of every request, each time the header is read; in the
 * opening-rush profile they were about a quarter of a service's CPU. The scans below accept and refuse
 * exactly the same strings (proved against the originals on every code point and on a corpus of hostile
 * values in {@code RequestChecksTest}): they only skip the regex engine's work for the printable ASCII
 * that tokens are made of.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    /**
     * A header or parameter name the firewall allows: every code point assigned in Unicode and none an
     * ISO control character ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}); null passes, as in the original.
     */
    public static boolean allowedName(String name) {
        return name == null || allowed(name, false);
    }

    /**
     * A header value the firewall allows: every code point assigned and none a control character except
     * the horizontal tab ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}); null passes.
     */
    public static boolean allowedValue(String value) {
        return value == null || allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            // printable ASCII: assigned, not a control character (the whole of a token, nearly all of any header)
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            // everything else as the regular expression sees it: one code point (a valid surrogate pair is one;
            // a lone surrogate is a code point of its own, assigned as a surrogate)
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Thrown for an Authorization header that names the Bearer scheme but carries no well-formed token. */
    public static final class MalformedBearerToken extends RuntimeException {

        MalformedBearerToken() {
            super("Bearer token is malformed", null, false, false);
        }
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header as RFC 6750 (and Spring Security's
     * readers) take it: null when the header is absent or does not start with "bearer" in any case;
     * otherwise exactly "Bearer" (ASCII letters in any case), one space, one or more of
     * {@code A-Z a-z 0-9 - . _ ~ + /}, then only {@code =} padding to the end — anything else is malformed.
     *
     * @throws MalformedBearerToken where the original answers "Bearer token is malformed"
     */
    public static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        int length = authorization.length();
        if (length < 8 || !asciiIgnoringCase(authorization, "bearer") || authorization.charAt(6) != ' ') {
            throw new MalformedBearerToken();
        }
        int i = 7;
        while (i < length && tokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == 7) {
            throw new MalformedBearerToken();
        }
        while (i < length && authorization.charAt(i) == '=') {
            i++;
        }
        if (i != length) {
            throw new MalformedBearerToken();
        }
        return authorization.substring(7);
    }

    /** The first letters equal the (lower-case ASCII) word, ASCII letters in any case — no Unicode case folding. */
    private static boolean asciiIgnoringCase(String text, String lowerCaseWord) {
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean tokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
