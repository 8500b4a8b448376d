package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.domain.Bestandsdeel;
import nl.zgw.documenten.service.EioService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** PUT /bestandsdelen/{uuid}: one part of a chunked upload, multipart/form-data with {@code inhoud} and {@code lock}. */
@Path(EioResource.ROOT + "/bestandsdelen")
@Produces(MediaType.APPLICATION_JSON)
public class BestandsdeelResource {

    private final EioService service;
    private final EioRepresentation representation;
    private final ObjectMapper mapper;

    public BestandsdeelResource(EioService service, EioRepresentation representation, ObjectMapper mapper) {
        this.service = service;
        this.representation = representation;
        this.mapper = mapper;
    }

    @PUT
    @Path("{uuid}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresScope(Scopes.Drc.BIJWERKEN)
    public ObjectNode put(@PathParam("uuid") UUID uuid, @RestForm("inhoud") FileUpload inhoud,
                          @RestForm("lock") String lock) throws IOException {
        Bestandsdeel deel;
        if (inhoud == null || inhoud.uploadedFile() == null) {
            deel = service.putDeel(uuid, lock, null, -1);
        } else {
            try (InputStream in = Files.newInputStream(inhoud.uploadedFile())) {
                deel = service.putDeel(uuid, lock, in, inhoud.size());
            }
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("url", representation.bestandsdeelUrl(deel.uuid));
        n.put("volgnummer", deel.volgnummer);
        n.put("omvang", deel.omvang);
        n.put("voltooid", deel.voltooid);
        n.put("lock", lock);
        return n;
    }
}
