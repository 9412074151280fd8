# The academy built for PostgreSQL (the database kind is fixed at build time in Quarkus).
# Build context: the repository root (see docker/compose.yaml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN ACADEMY_DB_KIND=postgresql ./mvnw -B -q package -DskipTests && mkdir -p courses quizzes

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app academy
COPY --from=build --chown=academy /src/target/quarkus-app/ /app/
COPY --from=build --chown=academy /src/courses /app/courses
COPY --from=build --chown=academy /src/quizzes /app/quizzes
USER academy
ENV HTTP_HOST=0.0.0.0 PORT=8080
EXPOSE 8080
CMD ["java", "-jar", "/app/quarkus-run.jar"]
