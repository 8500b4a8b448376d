package nl.zgw.documenten;

import io.quarkus.test.common.QuarkusTestResource;
import nl.zgw.testing.PostgresTestResource;

/** One database and one Quarkus boot shared by every test class of this module. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class DocumentenTestResources {
}
