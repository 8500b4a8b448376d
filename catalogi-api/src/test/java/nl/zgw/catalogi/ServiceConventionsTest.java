package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.contract.ServiceConventionsContract;

@QuarkusTest
class ServiceConventionsTest extends ServiceConventionsContract {

    ServiceConventionsTest() {
        super("/catalogi/api/v1", "1.3.3");
    }
}
