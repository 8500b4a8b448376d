package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.autorisaties.support.Ac;
import nl.zgw.testing.OfficialOpenApi.Operation;
import nl.zgw.testing.contract.ServedContract;

/** The 7 operations of the official Autorisaties API 1.1.0 file are served, routed, and their filters known. */
@QuarkusTest
class OpenApiContractTest extends ServedContract {

    OpenApiContractTest() {
        super(Ac.ROOT, 7);
    }

    @Override
    protected RequestSpecification authorised() {
        return Ac.admin();
    }

    /** {@code clientId} is a required query parameter of {@code /applicaties/consumer}: the bootstrap client's. */
    @Override
    protected RequestSpecification prepare(Operation operation, RequestSpecification request) {
        return operation.path().endsWith("/consumer") ? request.queryParam("clientId", "ac-admin") : request;
    }
}
