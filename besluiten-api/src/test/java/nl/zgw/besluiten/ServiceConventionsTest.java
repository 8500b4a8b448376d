package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.contract.ServiceConventionsContract;

@QuarkusTest
class ServiceConventionsTest extends ServiceConventionsContract {

    ServiceConventionsTest() {
        super("/besluiten/api/v1", "1.1.0");
    }
}
