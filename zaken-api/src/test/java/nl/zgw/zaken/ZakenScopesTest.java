package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.contract.AuthContract;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.as;

/** Every operation of the file asks its scope: without a token 403 not-authenticated, without the scope 403. */
@QuarkusTest
class ZakenScopesTest extends AuthContract {

    ZakenScopesTest() {
        super(ROOT);
    }

    @Override
    protected RequestSpecification withoutScopes() {
        return as(TestAutorisaties.client("zrc-zonder-scopes").scopes("zrc").bearer());
    }
}
