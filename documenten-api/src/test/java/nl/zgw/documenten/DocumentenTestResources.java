package nl.zgw.documenten;

import io.quarkus.test.common.QuarkusTestResource;
import nl.zgw.testing.PostgresTestResource;
import nl.zgw.testing.services.ZgwServices;

/**
 * One database, one content directory, one Quarkus boot and a real Catalogi API (a separate process started by
 * zgw-testing's ZgwServices) shared by every test class of this module.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TempStorageResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZgwServices.Catalogi.class, restrictToAnnotatedClass = false)
public class DocumentenTestResources {
}
