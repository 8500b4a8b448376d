package nl.zgw.catalogi;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.zgw.testing.PostgresTestResource;
import nl.zgw.testing.WireMockTestResource;

/**
 * One database and one Quarkus boot shared by every test class of this module. The Selectielijst/Referentielijsten
 * API is outside this project: WireMock stands in for it at {@code zgw.referentielijsten.url}.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = "property", value = "zgw.referentielijsten.url"),
        @ResourceArg(name = "path", value = "/referentielijsten/api/v1")})
public class CatalogiTestResources {
}
