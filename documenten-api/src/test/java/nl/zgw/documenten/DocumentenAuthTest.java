package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.OfficialOpenApi;
import nl.zgw.testing.contract.AuthContract;

/** Every operation of the file asks its scope: without a token 403 not-authenticated, without the scope 403. */
@QuarkusTest
class DocumentenAuthTest extends AuthContract {

    DocumentenAuthTest() {
        super(ROOT);
    }

    /** A bestandsdeel is uploaded as multipart: with another media type its route is not even matched (415). */
    @Override
    protected RequestSpecification prepare(OfficialOpenApi.Operation operation, RequestSpecification request) {
        return operation.path().startsWith("/bestandsdelen")
                ? request.contentType("multipart/form-data; boundary=x").body(new byte[0]) : request;
    }

    @Override
    protected RequestSpecification withoutScopes() {
        return as(TestAutorisaties.client("drc-zonder-scopes").scopes("drc").bearer());
    }
}
