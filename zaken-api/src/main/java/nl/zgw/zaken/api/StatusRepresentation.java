package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Status;

import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.zaken.persistence.ZaakRelaties;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** A status as the OAS {@code Status}, in the file's order; its zaakinformatieobjecten are the ZIOs naming it. */
@ApplicationScoped
public class StatusRepresentation {

    public static final String STATUSSEN = "statussen";
    static final String ZAAKINFORMATIEOBJECTEN = "zaakinformatieobjecten";

    private final PublicUrls urls;
    private final ZaakRelaties relaties;

    public StatusRepresentation(PublicUrls urls, ZaakRelaties relaties) {
        this.urls = urls;
        this.relaties = relaties;
    }

    public String url(UUID uuid) {
        return urls.resource(STATUSSEN, uuid);
    }

    public ObjectNode render(Status status) {
        return render(List.of(status)).get(0);
    }

    /** A page of statussen; their zaakinformatieobjecten (ZIO.status) in one query for the page. */
    public List<ObjectNode> render(List<Status> page) {
        Map<UUID, List<String>> zios = new HashMap<>();
        for (Object[] row : relaties.zaakinformatieobjectenMetStatus(page.stream().map(s -> s.zaak.id).distinct().toList())) {
            ResourceUrl.trailingUuid((String) row[0]).ifPresent(status -> zios.computeIfAbsent(status,
                    k -> new ArrayList<>()).add(urls.resource(ZAAKINFORMATIEOBJECTEN, (UUID) row[1])));
        }
        return page.stream().map(s -> render(s, zios.getOrDefault(s.uuid, List.of()))).toList();
    }

    private ObjectNode render(Status status, List<String> zaakinformatieobjecten) {
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
        zaakinformatieobjecten.forEach(n.putArray("zaakinformatieobjecten")::add);
        return n;
    }
}
