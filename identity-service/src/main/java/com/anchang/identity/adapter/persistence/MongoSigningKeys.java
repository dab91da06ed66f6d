package com.anchang.identity.adapter.persistence;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RS256 signing key: read from MongoDB, or generated and stored on the very first start. Two
 * instances starting together agree on one key: the loser of the insert reads the winner's.
 */
public class MongoSigningKeys {

    static final String ACTIVE = "active";

    /** A key pair with its JWK key id. */
    public record SigningKey(String keyId, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoSigningKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public SigningKey loadOrCreate() {
        SigningKeyDocument stored = mongo.findById(ACTIVE, SigningKeyDocument.class);
        if (stored == null) {
            try {
                mongo.insert(generate());
            } catch (DuplicateKeyException anotherInstanceWon) {
                // read below
            }
            stored = mongo.findById(ACTIVE, SigningKeyDocument.class);
        }
        return decode(stored);
    }

    private SigningKeyDocument generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new SigningKeyDocument(ACTIVE, "anchang-" + UUID.randomUUID(), "RS256",
                    base64.encodeToString(pair.getPublic().getEncoded()),
                    base64.encodeToString(pair.getPrivate().getEncoded()), clock.instant());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static SigningKey decode(SigningKeyDocument stored) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(base64.decode(stored.publicKey())));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(stored.privateKey())));
            return new SigningKey(stored.keyId(), publicKey, privateKey, stored.createdAt());
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the stored signing key cannot be read", e);
        }
    }
}
