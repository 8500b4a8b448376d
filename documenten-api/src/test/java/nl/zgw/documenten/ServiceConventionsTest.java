package nl.zgw.documenten;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.contract.ServiceConventionsContract;

@QuarkusTest
class ServiceConventionsTest extends ServiceConventionsContract {

    ServiceConventionsTest() {
        super("/documenten/api/v1", "1.7.0");
    }
}
