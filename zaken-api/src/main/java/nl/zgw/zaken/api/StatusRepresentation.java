package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Status;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** A status as the OAS {@code Status}, in the file's order. */
@ApplicationScoped
public class StatusRepresentation {

    public static final String STATUSSEN = "statussen";

    private final PublicUrls urls;

    public StatusRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID uuid) {
        return urls.resource(STATUSSEN, uuid);
    }

    public ObjectNode render(Status status) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(status.uuid));
        n.put("uuid", status.uuid.toString());
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, status.zaak.uuid));
        n.put("statustype", status.statustype);
        n.put("datumStatusGezet", status.datumStatusGezet.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        n.put("statustoelichting", status.statustoelichting);
        n.put("indicatieLaatstGezetteStatus", status.laatstGezet);
        n.put("gezetdoor", status.gezetdoor);
        // zaakinformatieobjecten whose status is this one: zaken-zio's ZIO.status (not stored yet), none
        n.putArray("zaakinformatieobjecten");
        return n;
    }

    public List<ObjectNode> render(List<Status> page) {
        return page.stream().map(this::render).toList();
    }
}
