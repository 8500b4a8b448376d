package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.expand.RemoteExpandLoader;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceType;

import java.util.Collection;
import java.util.Map;

/**
 * {@link Documenten} over HTTP: the informatieobject through {@link ReferenceValidator} (allow-listed roots, 200, the
 * shape of an enkelvoudiginformatieobject), the mirror through {@link RelatieSpiegel} at the document's own API root.
 */
@ApplicationScoped
public class DocumentenApi implements Documenten {

    public static final ResourceType<Informatieobject> INFORMATIEOBJECT = ResourceType.of("informatieobject",
            "enkelvoudiginformatieobjecten", Informatieobject.class, "url", "informatieobjecttype");
    static final RelatieSpiegel.Soort OBJECTINFORMATIEOBJECT =
            new RelatieSpiegel.Soort("objectinformatieobjecten", "informatieobject");

    private final ReferenceValidator references;
    private final RelatieSpiegel spiegel;
    private final RemoteExpandLoader loader;

    public DocumentenApi(ReferenceValidator references, RelatieSpiegel spiegel, ReferenceClient client) {
        this.references = references;
        this.spiegel = spiegel;
        this.loader = new RemoteExpandLoader(client);
    }

    @Override
    public Map<String, ObjectNode> documenten(Collection<String> urls) {
        return loader.load(urls);
    }

    @Override
    public Informatieobject informatieobject(String field, String url) {
        return references.require(field, url, INFORMATIEOBJECT);
    }

    @Override
    public void objectinformatieobjectAanmaken(String informatieobject, String zaak) {
        spiegel.aanmaken(OBJECTINFORMATIEOBJECT, informatieobject, zaak);
    }

    @Override
    public void objectinformatieobjectenVerwijderen(String informatieobject, String zaak) {
        spiegel.verwijderen(OBJECTINFORMATIEOBJECT, informatieobject, zaak);
    }
}
