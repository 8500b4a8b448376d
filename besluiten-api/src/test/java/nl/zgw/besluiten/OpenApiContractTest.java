package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.contract.ServedContract;

import static nl.zgw.besluiten.Fixtures.ROOT;
import static nl.zgw.besluiten.Fixtures.admin;
import static nl.zgw.besluiten.Fixtures.as;

/** The 12 operations of the official 1.1.0 file are served, routed, and every query parameter known. */
@QuarkusTest
class OpenApiContractTest extends ServedContract {

    OpenApiContractTest() {
        super(ROOT, 12);
    }

    @Override
    protected RequestSpecification authorised() {
        return as(admin());
    }
}
