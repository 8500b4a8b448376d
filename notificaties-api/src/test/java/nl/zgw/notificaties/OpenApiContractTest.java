package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.contract.ServedContract;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.admin;
import static nl.zgw.notificaties.support.Nrc.as;

/** The 10 operations of the official 1.0.1 file are served, routed, and their list filters known. */
@QuarkusTest
class OpenApiContractTest extends ServedContract {

    OpenApiContractTest() {
        super(ROOT, 10);
    }

    @Override
    protected RequestSpecification authorised() {
        return as(admin());
    }
}
