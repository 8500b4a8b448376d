package nl.zgw.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The gateway's entry point: lets requests with an invalid URI reach {@link InvalidUris} (which answers them with a
 * problem body) instead of Quarkus's bare 400; the property is read once, when the HTTP layer starts.
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        if (System.getProperty(InvalidUris.DISABLE_PROPERTY) == null) {
            System.setProperty(InvalidUris.DISABLE_PROPERTY, "true");
        }
        Quarkus.run(args);
    }
}
