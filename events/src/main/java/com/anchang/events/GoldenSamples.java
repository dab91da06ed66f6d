package com.anchang.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden JSON sample of each event type and version. Producers' tests serialise to them;
 * consumers' tests parse them. A change that breaks a sample is a breaking change of the contract.
 */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static String json(String type, int version) {
        String resource = "/golden/" + type + ".v" + version + ".json";
        try (InputStream in = GoldenSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
