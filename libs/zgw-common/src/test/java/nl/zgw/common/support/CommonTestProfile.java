package nl.zgw.common.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.zgw.testing.PostgresTestResource;
import nl.zgw.testing.WireMockTestResource;

/**
 * One database and one Quarkus boot for every test class of this module. The WireMock server plays the
 * Notificaties API for the outbox tests and another API for the reference client tests (this library cannot
 * depend on the real services).
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = "property", value = "zgw.notificaties.url"),
        @ResourceArg(name = "path", value = "/nrc/api/v1"),
        @ResourceArg(name = "more", value = "zgw.test.internal-ztc=/internal-ztc")})
public class CommonTestProfile {
}
