package nl.zgw.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** One set of fake backends and one gateway boot for every test class. */
@QuarkusTestResource(value = FakeBackends.class, restrictToAnnotatedClass = false)
public class GatewayTestResources {
}
