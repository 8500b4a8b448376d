package nl.zgw.documenten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.zgw.testing.PostgresTestResource;
import nl.zgw.testing.WireMockTestResource;

/**
 * One database, one content directory and one Quarkus boot shared by every test class of this module. The Catalogi
 * API is, for now, a WireMock stand-in serving published informatieobjecttypen (Fixtures), until the real services
 * can be started by zgw-testing's ZgwServices (README, Known gaps).
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TempStorageResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = "property", value = "zgw.refs.allowed-api-roots"),
        @ResourceArg(name = "path", value = "/catalogi/api/v1")})
public class DocumentenTestResources {
}
