# One image recipe for every Anchang service. Build one with:
#   docker build --build-arg SERVICE=lead-service -t anchang/lead-service .
# (docker compose does this for each service; see docker-compose.yml).
# SERVICE is the Maven module: gateway, lead-service, inventory-service, transaction-service,
# commission-service, notification-service, identity-service or dashboard-service. Its Boot jar is <module>/target/<module>.jar.

# ---- build: the module and what it depends on (events, support), tests skipped ----
FROM maven:3.9.11-eclipse-temurin-21 AS build
ARG SERVICE
RUN test -n "$SERVICE" || { echo "build arg SERVICE is required (e.g. --build-arg SERVICE=lead-service)" >&2; exit 1; }
WORKDIR /workspace
COPY . .
# The Maven repository is a BuildKit cache (BuildKit is the default builder of Docker 23+ and of
# docker compose v2) shared by all six builds; locked: one build writes to it at a time.
RUN --mount=type=cache,target=/root/.m2/repository,sharing=locked \
    mvn --batch-mode --no-transfer-progress -pl "$SERVICE" -am package -DskipTests \
    && test -f "$SERVICE/target/$SERVICE.jar"

# ---- run: the JRE and the jar, as a non-root user ----
FROM eclipse-temurin:21.0.8_9-jre-alpine
ARG SERVICE
LABEL org.opencontainers.image.title="anchang-${SERVICE}" \
      org.opencontainers.image.description="Anchang ${SERVICE}"
RUN addgroup -S -g 10001 anchang && adduser -S -D -H -u 10001 -G anchang anchang
WORKDIR /app
COPY --from=build /workspace/${SERVICE}/target/${SERVICE}.jar /app/app.jar
USER 10001:10001
# Health: docker-compose.yml checks each service's /actuator/health/readiness on its own port with
# busybox wget (part of this alpine image; curl is not).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
