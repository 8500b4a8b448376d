package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.contract.ServedContract;

/** The 33 operations of the official 1.7.0 file are served, routed, and every query parameter known. */
@QuarkusTest
class OpenApiContractTest extends ServedContract {

    OpenApiContractTest() {
        super(ROOT, 33);
    }

    @Override
    protected RequestSpecification authorised() {
        return as(admin());
    }
}
