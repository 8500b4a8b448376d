package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.contract.ServiceConventionsContract;

@QuarkusTest
class ServiceConventionsTest extends ServiceConventionsContract {

    ServiceConventionsTest() {
        super("/notificaties/api/v1", "1.0.1");
    }
}
