package com.anchang.identity.adapter.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The token-signing key pair, generated once and shared by every instance (collection
 * {@code signing_keys}, {@code _id} {@code active}). Keys as base64 DER: X.509 (public), PKCS#8 (private).
 */
@Document("signing_keys")
public record SigningKeyDocument(@Id String id, String keyId, String algorithm, String publicKey, String privateKey,
        Instant createdAt) {
}
