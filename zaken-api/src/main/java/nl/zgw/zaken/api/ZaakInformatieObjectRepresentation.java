package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakInformatieObject;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A zaakinformatieobject as the OAS {@code ZaakInformatieObject}, in the file's order. */
@ApplicationScoped
public class ZaakInformatieObjectRepresentation {

    public static final String COLLECTION = "zaakinformatieobjecten";

    private final PublicUrls urls;

    public ZaakInformatieObjectRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID uuid) {
        return urls.resource(COLLECTION, uuid);
    }

    public ObjectNode render(ZaakInformatieObject zio) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(zio.uuid));
        n.put("uuid", zio.uuid.toString());
        n.put("informatieobject", zio.informatieobject);
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, zio.zaak.uuid));
        n.put("aardRelatieWeergave", ZaakInformatieObject.AARD_RELATIE_WEERGAVE);
        n.put("titel", zio.titel);
        n.put("beschrijving", zio.beschrijving);
        n.put("registratiedatum", timestamp(zio.registratiedatum));
        n.put("vernietigingsdatum", timestamp(zio.vernietigingsdatum));
        n.put("status", zio.status);
        return n;
    }

    public List<ObjectNode> render(List<ZaakInformatieObject> zios) {
        return zios.stream().map(this::render).toList();
    }

    /** The current state in the shape of a PUT body, for PATCH. */
    public ZaakInformatieObjectRequest request(ZaakInformatieObject zio) {
        return new ZaakInformatieObjectRequest(zio.informatieobject, urls.resource(ZakenApi.ZAKEN, zio.zaak.uuid),
                zio.titel, zio.beschrijving, zio.vernietigingsdatum, zio.status);
    }

    static String timestamp(OffsetDateTime t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.toInstant().truncatedTo(ChronoUnit.MICROS));
    }
}
