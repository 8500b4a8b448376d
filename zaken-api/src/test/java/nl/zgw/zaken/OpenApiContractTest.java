package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.contract.ServedContract;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;

/**
 * The 69 operations of the official 1.7.0 file are served, routed, and every query parameter known (with the CRS
 * headers every zaak operation needs).
 */
@QuarkusTest
class OpenApiContractTest extends ServedContract {

    OpenApiContractTest() {
        super(ROOT, 69);
    }

    @Override
    protected RequestSpecification authorised() {
        return as(admin());
    }
}
