package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.contract.ServedContract;

import static nl.zgw.catalogi.Fixtures.ROOT;
import static nl.zgw.catalogi.Fixtures.admin;
import static nl.zgw.catalogi.Fixtures.as;

/** The 72 operations of the official 1.3.3 file are served, routed, and every query parameter known. */
@QuarkusTest
class OpenApiContractTest extends ServedContract {

    OpenApiContractTest() {
        super(ROOT, 72);
    }

    @Override
    protected RequestSpecification authorised() {
        return as(admin());
    }
}
