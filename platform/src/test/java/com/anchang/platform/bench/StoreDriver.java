package com.anchang.platform.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The MongoDB driver alone against the embedded store, for the benchmarks' raw rates. The platform module
 * has no MongoDB driver on its classpath (the services bring their own), so this loads the driver's jars
 * from the local Maven repository and calls it reflectively.
 */
final class StoreDriver implements AutoCloseable {

    static final String VERSION = "5.6.5";

    /** Work done with a driver connected to the store. */
    interface Work<T> {
        T with(StoreDriver driver) throws Exception;
    }

    private final URLClassLoader loader;
    private final Class<?> clientType;
    private final Class<?> databaseType;
    private final Class<?> collectionType;
    private final Class<?> bson;
    private final Constructor<?> document;
    private final Method append;
    private final Object client;
    private final Object database;

    private StoreDriver(int mongoPort, String database) throws Exception {
        Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "mongodb");
        URL[] jars = {
                repo.resolve("mongodb-driver-sync/" + VERSION + "/mongodb-driver-sync-" + VERSION + ".jar").toUri().toURL(),
                repo.resolve("mongodb-driver-core/" + VERSION + "/mongodb-driver-core-" + VERSION + ".jar").toUri().toURL(),
                repo.resolve("bson/" + VERSION + "/bson-" + VERSION + ".jar").toUri().toURL(),
                repo.resolve("bson-record-codec/" + VERSION + "/bson-record-codec-" + VERSION + ".jar").toUri().toURL()};
        loader = new URLClassLoader(jars, StoreDriver.class.getClassLoader());
        clientType = loader.loadClass("com.mongodb.client.MongoClient");
        databaseType = loader.loadClass("com.mongodb.client.MongoDatabase");
        collectionType = loader.loadClass("com.mongodb.client.MongoCollection");
        bson = loader.loadClass("org.bson.conversions.Bson");
        Class<?> documentType = loader.loadClass("org.bson.Document");
        document = documentType.getConstructor(String.class, Object.class);
        append = documentType.getMethod("append", String.class, Object.class);
        client = loader.loadClass("com.mongodb.client.MongoClients").getMethod("create", String.class)
                .invoke(null, "mongodb://127.0.0.1:" + mongoPort);
        this.database = clientType.getMethod("getDatabase", String.class).invoke(client, database);
    }

    /** Runs the work with a driver on the store's database {@code bench_raw}, closed afterwards. */
    static <T> T with(int mongoPort, Work<T> work) throws Exception {
        try (StoreDriver driver = new StoreDriver(mongoPort, "bench_raw")) {
            return work.with(driver);
        }
    }

    Object collection(String name) throws ReflectiveOperationException {
        return databaseType.getMethod("getCollection", String.class).invoke(database, name);
    }

    /** A document of the given keys and values, in order. */
    Object document(Object... keysAndValues) throws ReflectiveOperationException {
        Object doc = document.newInstance(keysAndValues[0], keysAndValues[1]);
        for (int i = 2; i < keysAndValues.length; i += 2) {
            append.invoke(doc, keysAndValues[i], keysAndValues[i + 1]);
        }
        return doc;
    }

    void drop(Object collection) throws ReflectiveOperationException {
        collectionType.getMethod("drop").invoke(collection);
    }

    void insertOne(Object collection, Object doc) throws ReflectiveOperationException {
        collectionType.getMethod("insertOne", Object.class).invoke(collection, doc);
    }

    void insertMany(Object collection, List<Object> docs) throws ReflectiveOperationException {
        collectionType.getMethod("insertMany", List.class).invoke(collection, docs);
    }

    void createUniqueIndex(Object collection, Object keys) throws ReflectiveOperationException {
        Class<?> options = loader.loadClass("com.mongodb.client.model.IndexOptions");
        Object unique = options.getMethod("unique", boolean.class).invoke(options.getConstructor().newInstance(), true);
        collectionType.getMethod("createIndex", bson, options).invoke(collection, keys, unique);
    }

    /** {@code findOneAndUpdate(filter, update)}: the document before the update, or null when none matched. */
    Object findOneAndUpdate(Object collection, Object filter, Object update) throws ReflectiveOperationException {
        return collectionType.getMethod("findOneAndUpdate", bson, bson).invoke(collection, filter, update);
    }

    @Override
    public void close() throws Exception {
        try {
            clientType.getMethod("close").invoke(client);
        } finally {
            loader.close();
        }
    }
}
