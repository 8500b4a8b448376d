package nl.zgw.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives the Quarkus application under test its own empty PostgreSQL database (see {@link TestDatabases}).
 * Use with {@code @QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)} once per
 * module, so all test classes share one boot and one database.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabases.Database database;

    @Override
    public Map<String, String> start() {
        database = TestDatabases.create();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password(),
                "quarkus.datasource.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        if (database != null) {
            TestDatabases.drop(database);
        }
    }
}
