package nl.zgw.besluiten.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.besluiten.domain.BesluitInformatieObject;
import nl.zgw.common.http.PublicUrls;

import java.util.List;

/** Renders a besluitinformatieobject as the file's {@code BesluitInformatieObject}. */
@RequestScoped
public class BesluitInformatieObjectRepresentation {

    private final PublicUrls urls;
    private final ObjectMapper mapper;

    public BesluitInformatieObjectRepresentation(PublicUrls urls, ObjectMapper mapper) {
        this.urls = urls;
        this.mapper = mapper;
    }

    public String url(BesluitInformatieObject bio) {
        return urls.resource(BesluitenApi.BESLUITINFORMATIEOBJECTEN, bio.uuid);
    }

    public ObjectNode render(BesluitInformatieObject bio) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", url(bio));
        n.put("informatieobject", bio.informatieobject);
        n.put("besluit", urls.resource(BesluitenApi.BESLUITEN, bio.besluit.uuid));
        return n;
    }

    public List<ObjectNode> render(List<BesluitInformatieObject> bios) {
        return bios.stream().map(this::render).toList();
    }
}
