# Builds the Ties jar and runs it on a JRE. The same image serves every role; the profile decides.
# Base images pinned to one Temurin release; the runtime image installs curl for its health check
# (and for the axonserver-ready check of docker-compose.yml).
FROM eclipse-temurin:17.0.15_6-jdk-jammy AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17.0.15_6-jre-jammy
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/app/target/ties.jar /app/ties.jar
ENV JAVA_TOOL_OPTIONS="-Ddisable-axoniq-console-message=true"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=12 CMD curl -fs http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/ties.jar"]
