package nl.zgw.zaken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.zgw.testing.PostgresTestResource;
import nl.zgw.testing.services.ZgwServices;

/**
 * One database, one Quarkus boot and one real Catalogi API (a separate process, see zgw-testing "Other services in
 * a test") shared by every test class of this module. Package catalogi-api first when running this module alone:
 * {@code ./mvnw -pl catalogi-api package -DskipTests}.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZgwServices.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = ZgwServices.SERVICES, value = "catalogi"))
public class ZakenTestResources {
}
