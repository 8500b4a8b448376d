package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Statustype;
import nl.zgw.catalogi.persistence.EigenschapRepository;
import nl.zgw.catalogi.persistence.StatustypeRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static nl.zgw.catalogi.domain.Collecties.EIGENSCHAPPEN;
import static nl.zgw.catalogi.domain.Collecties.STATUSTYPEN;

/** STATUSTYPE with its eigenschappen; the one with the highest volgnummer of its zaaktype is the eindstatus. */
@Singleton
public class StatustypeRenderer extends AbstractRenderer<Statustype> {

    private final StatustypeRepository statustypen;
    private final EigenschapRepository eigenschappen;

    public StatustypeRenderer(Links links, StatustypeRepository statustypen, EigenschapRepository eigenschappen) {
        super(Statustype.class, STATUSTYPEN, links);
        this.statustypen = statustypen;
        this.eigenschappen = eigenschappen;
    }

    @Override
    public List<ObjectNode> render(List<Statustype> rows, LocalDate on) {
        var eigenschappenPerStatustype = eigenschappen.vanStatustypen(Nodes.ids(rows, s -> s.id));
        var eindstatus = statustypen.hoogsteVolgnummers(Nodes.ids(rows, s -> s.zaaktype.id));
        List<ObjectNode> out = new ArrayList<>();
        for (Statustype s : rows) {
            ObjectNode n = links.onderdeel(STATUSTYPEN, s.uuid, s.data, s.zaaktype);
            n.put("volgnummer", s.volgnummer);
            n.put("isEindstatus", Objects.equals(eindstatus.get(s.zaaktype.id), s.volgnummer));
            Nodes.blankIfNull(n, "omschrijvingGeneriek", "statustekst");
            Nodes.falseIfNull(n, "informeren");
            for (JsonNode item : n.path("checklistitemStatustype")) {
                if (item.isObject()) {
                    Nodes.falseIfNull((ObjectNode) item, "verplicht");
                }
            }
            ArrayNode e = Nodes.emptyArray();
            eigenschappenPerStatustype.getOrDefault(s.id, List.of()).forEach(u -> e.add(links.url(EIGENSCHAPPEN, u)));
            n.set("eigenschappen", e);
            out.add(n);
        }
        return out;
    }
}
