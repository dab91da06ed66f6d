// Healthcheck of the compose 'mongo' service (mongosh runs it every few seconds).
// First run: turns the fresh mongod into the single-node replica set rs0, whose one member is
// addressed as mongo:27017 (the name the services use). Every run: healthy (exit 0) only once this
// node is the writable primary, so services start when they can write.
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
}
quit(db.hello().isWritablePrimary ? 0 : 1);
