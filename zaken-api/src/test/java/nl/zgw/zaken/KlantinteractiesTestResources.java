package nl.zgw.zaken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.zgw.testing.WireMockTestResource;

/**
 * The Contactmomenten API and the Verzoeken API are outside this project: one WireMock stands in for both. Their
 * public roots ({@code http://contactmomenten.test/...}, {@code http://verzoeken.test/...}, allow-listed in the
 * %test profile) are reached through it as their internal roots ({@code zgw.refs.internal-roots}).
 */
@QuarkusTestResource(value = WireMockTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = "property", value = "zgw.test.klantinteracties.url")})
public class KlantinteractiesTestResources {
}
