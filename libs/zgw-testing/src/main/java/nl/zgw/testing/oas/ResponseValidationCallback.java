package nl.zgw.testing.oas;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Quarkus loads this callback (META-INF/services) in the class loader of the tests, so the REST Assured it
 * configures is the one the tests call.
 */
public class ResponseValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ResponseValidation.install();
    }
}
