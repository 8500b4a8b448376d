package nl.zgw.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Testcontainers route of {@link TestDatabases}, kept apart so the class only loads when Docker is there. */
final class DockerPostgres {

    private DockerPostgres() {
    }

    static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
    static TestDatabases.Server start() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:15-alpine");
        pg.start();
        String base = "jdbc:postgresql://" + pg.getHost() + ":" + pg.getMappedPort(5432) + "/";
        return new TestDatabases.Server(base, "", pg.getUsername(), pg.getPassword());
    }
}
