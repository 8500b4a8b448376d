package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.persistence.*;

import java.time.LocalDate;
import java.util.*;

import static nl.zgw.catalogi.domain.Collecties.*;

/**
 * ZAAKTYPE with the types of the version (statustypen, roltypen, ...) and its relations by name (besluittypen,
 * deelzaaktypen, gerelateerdeZaaktypen, the informatieobjecttypen of its ZIOTs) as the versions valid on the date.
 */
@Singleton
public class ZaaktypeRenderer extends AbstractRenderer<Zaaktype> {

    private final StatustypeRepository statustypen;
    private final RoltypeRepository roltypen;
    private final EigenschapRepository eigenschappen;
    private final ResultaattypeRepository resultaattypen;
    private final ZaakobjecttypeRepository zaakobjecttypen;
    private final ZaaktypeInformatieobjecttypeRepository ziots;
    private final InformatieobjecttypeRepository informatieobjecttypen;
    private final BesluittypeRepository besluittypen;
    private final ZaaktypeRepository zaaktypen;

    public ZaaktypeRenderer(Links links, StatustypeRepository statustypen, RoltypeRepository roltypen,
                            EigenschapRepository eigenschappen, ResultaattypeRepository resultaattypen,
                            ZaakobjecttypeRepository zaakobjecttypen, ZaaktypeInformatieobjecttypeRepository ziots,
                            InformatieobjecttypeRepository informatieobjecttypen, BesluittypeRepository besluittypen,
                            ZaaktypeRepository zaaktypen) {
        super(Zaaktype.class, ZAAKTYPEN, links);
        this.statustypen = statustypen;
        this.roltypen = roltypen;
        this.eigenschappen = eigenschappen;
        this.resultaattypen = resultaattypen;
        this.zaakobjecttypen = zaakobjecttypen;
        this.ziots = ziots;
        this.informatieobjecttypen = informatieobjecttypen;
        this.besluittypen = besluittypen;
        this.zaaktypen = zaaktypen;
    }

    @Override
    public List<ObjectNode> render(List<Zaaktype> rows, LocalDate on) {
        Set<Long> zids = Nodes.ids(rows, z -> z.id);
        Set<Long> cats = Nodes.ids(rows, z -> z.catalogus.id);
        var st = Nodes.group(statustypen.vanZaaktypen(zids), Onderdeel::zaaktypeId);
        var rol = Nodes.group(roltypen.vanZaaktypen(zids), Onderdeel::zaaktypeId);
        var eig = Nodes.group(eigenschappen.vanZaaktypen(zids), Onderdeel::zaaktypeId);
        var res = Nodes.group(resultaattypen.vanZaaktypen(zids), Onderdeel::zaaktypeId);
        var zot = Nodes.group(zaakobjecttypen.vanZaaktypen(zids), Onderdeel::zaaktypeId);
        var ziot = Nodes.group(ziots.vanZaaktypen(zids), Onderdeel::zaaktypeId);
        Set<String> iotNames = new HashSet<>();
        ziot.values().forEach(l -> l.forEach(r -> iotNames.add(r.naam())));
        Set<String> btNames = new HashSet<>();
        Set<String> ztIds = new HashSet<>();
        for (Zaaktype z : rows) {
            btNames.addAll(List.of(z.besluittypen));
            ztIds.addAll(List.of(z.deelzaaktypen));
            z.data.path("gerelateerdeZaaktypen").forEach(g -> ztIds.add(g.path("zaaktype").asText()));
        }
        var iots = informatieobjecttypen.geldigeVersies(cats, iotNames, on);
        var bts = besluittypen.geldigeVersies(cats, btNames, on);
        var zts = zaaktypen.geldigeVersies(cats, ztIds, on);

        List<ObjectNode> out = new ArrayList<>();
        for (Zaaktype z : rows) {
            ObjectNode n = links.start(ZAAKTYPEN, z.uuid, z.data);
            n.put("catalogus", links.url(CATALOGUSSEN, z.catalogus.uuid));
            Nodes.blankIfNull(n, "omschrijvingGeneriek", "toelichting", "publicatietekst", "selectielijstProcestype");
            Nodes.emptyArrayIfNull(n, "verantwoordingsrelatie");
            Nodes.gegevensgroep(n, "referentieproces", "naam", "link");
            Nodes.gegevensgroep(n, "broncatalogus", "url", "domein", "rsin");
            Nodes.gegevensgroep(n, "bronzaaktype", "url", "identificatie", "omschrijving");
            n.set("statustypen", links.onderdelen(STATUSTYPEN, st.getOrDefault(z.id, List.of())));
            List<Onderdeel> resultaattypenOfZ = res.getOrDefault(z.id, List.of());
            n.set("resultaattypen", links.onderdelen(RESULTAATTYPEN, resultaattypenOfZ));
            n.set("resultaattypeOmschrijving",
                    Nodes.strings(resultaattypenOfZ.stream().map(Onderdeel::naam).distinct().toList()));
            n.set("eigenschappen", links.onderdelen(EIGENSCHAPPEN, eig.getOrDefault(z.id, List.of())));
            n.set("roltypen", links.onderdelen(ROLTYPEN, rol.getOrDefault(z.id, List.of())));
            n.set("zaakobjecttypen", links.onderdelen(ZAAKOBJECTTYPEN, zot.getOrDefault(z.id, List.of())));
            List<String> iotOfZ = ziot.getOrDefault(z.id, List.of()).stream().map(Onderdeel::naam).distinct()
                    .toList();
            n.set("informatieobjecttypen", links.resolved(INFORMATIEOBJECTTYPEN, iots, z.catalogus.id, iotOfZ));
            n.set("informatieobjecttypeOmschrijving", Nodes.strings(iotOfZ));
            n.set("besluittypen", links.resolved(BESLUITTYPEN, bts, z.catalogus.id, List.of(z.besluittypen)));
            n.set("besluittypeOmschrijving", Nodes.strings(List.of(z.besluittypen)));
            n.set("deelzaaktypen", links.resolved(ZAAKTYPEN, zts, z.catalogus.id, List.of(z.deelzaaktypen)));
            n.set("deelzaaktypeIdentificaties", Nodes.strings(List.of(z.deelzaaktypen)));
            n.set("gerelateerdeZaaktypen", gerelateerde(z, zts));
            n.set("trefwoorden", Nodes.strings(List.of(z.trefwoorden)));
            Nodes.geldigheid(n, z.beginGeldigheid, z.eindeGeldigheid);
            n.put("concept", z.concept);
            out.add(n);
        }
        return out;
    }

    private ArrayNode gerelateerde(Zaaktype z, Map<Versie.Naam, UUID> zts) {
        ArrayNode gerelateerd = Nodes.emptyArray();
        for (JsonNode g : z.data.path("gerelateerdeZaaktypen")) {
            String identificatie = g.path("zaaktype").asText();
            UUID target = zts.get(new Versie.Naam(z.catalogus.id, identificatie));
            ObjectNode rel = gerelateerd.addObject();
            // a zaaktype not (yet) in the catalogus: "" (the file wants a URI, not null)
            rel.put("zaaktype", target == null ? "" : links.url(ZAAKTYPEN, target));
            rel.put("zaaktypeIdentificatie", identificatie);
            rel.set("aardRelatie", g.path("aardRelatie"));
            rel.put("toelichting", g.path("toelichting").asText(""));
        }
        return gerelateerd;
    }
}
