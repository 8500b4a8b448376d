package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.contract.ServiceConventionsContract;

@QuarkusTest
class ServiceConventionsTest extends ServiceConventionsContract {

    ServiceConventionsTest() {
        super("/zaken/api/v1", "1.7.0");
    }
}
