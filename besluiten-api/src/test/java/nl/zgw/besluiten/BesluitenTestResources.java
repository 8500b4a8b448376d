package nl.zgw.besluiten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.zgw.testing.PostgresTestResource;
import nl.zgw.testing.services.ZgwServices;

/**
 * One database and one Quarkus boot shared by every test class of this module, with a real Catalogi API
 * (besluittypen, informatieobjecttypen: brc-001, brc-008) and a real Documenten API (documents, brc-003, and their
 * objectinformatieobjecten, brc-005, which it checks back here, drc-004) started as their own processes.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZgwServices.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = ZgwServices.SERVICES, value = "catalogi,documenten"))
public class BesluitenTestResources {
}
