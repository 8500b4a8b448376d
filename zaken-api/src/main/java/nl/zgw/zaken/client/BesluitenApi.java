package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.expand.RemoteExpandLoader;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceType;

import java.util.Collection;
import java.util.Map;

/** {@link Besluiten} over HTTP through {@link ReferenceValidator} (allow-listed roots, 200, the shape of a besluit). */
@ApplicationScoped
public class BesluitenApi implements Besluiten {

    public static final ResourceType<Besluit> BESLUIT =
            ResourceType.of("besluit", "besluiten", Besluit.class, "url", "besluittype");

    private final ReferenceValidator references;
    private final RemoteExpandLoader loader;

    public BesluitenApi(ReferenceValidator references, ReferenceClient client) {
        this.references = references;
        this.loader = new RemoteExpandLoader(client);
    }

    @Override
    public Map<String, ObjectNode> besluiten(Collection<String> urls) {
        return loader.load(urls);
    }

    @Override
    public Besluit besluit(String field, String url) {
        return references.require(field, url, BESLUIT);
    }
}
