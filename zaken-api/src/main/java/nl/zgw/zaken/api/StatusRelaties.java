package nl.zgw.zaken.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.expand.ExpandLoader;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.persistence.ResultaatRepository;
import nl.zgw.zaken.persistence.StatusRepository;
import nl.zgw.zaken.persistence.ZaakEigenschapRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The zaak's read-only fields {@code status}, {@code resultaat} and {@code eigenschappen} (one query per page each,
 * {@link ZaakRelatieBron}) and their {@code expand} on /zaken ({@link ZaakExpandBijdrage}).
 */
public final class StatusRelaties {

    private StatusRelaties() {
    }

    private static Map<Long, List<String>> group(List<Object[]> rows, java.util.function.Function<UUID, String> url) {
        Map<Long, List<String>> out = new HashMap<>();
        for (Object[] row : rows) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(url.apply((UUID) row[1]));
        }
        return out;
    }

    private static List<Long> ids(Collection<Zaak> zaken) {
        return zaken.stream().map(z -> z.id).toList();
    }

    @ApplicationScoped
    public static class StatusVanZaak implements ZaakRelatieBron {
        private final StatusRepository statussen;
        private final StatusRepresentation representation;

        public StatusVanZaak(StatusRepository statussen, StatusRepresentation representation) {
            this.statussen = statussen;
            this.representation = representation;
        }

        @Override
        public String veld() {
            return "status";
        }

        @Override
        public Map<Long, List<String>> urls(Collection<Zaak> zaken) {
            return group(statussen.laatsteVan(ids(zaken)), representation::url);
        }
    }

    @ApplicationScoped
    public static class ResultaatVanZaak implements ZaakRelatieBron {
        private final ResultaatRepository resultaten;
        private final ResultaatRepresentation representation;

        public ResultaatVanZaak(ResultaatRepository resultaten, ResultaatRepresentation representation) {
            this.resultaten = resultaten;
            this.representation = representation;
        }

        @Override
        public String veld() {
            return "resultaat";
        }

        @Override
        public Map<Long, List<String>> urls(Collection<Zaak> zaken) {
            return group(resultaten.vanZaken(ids(zaken)), representation::url);
        }
    }

    @ApplicationScoped
    public static class EigenschappenVanZaak implements ZaakRelatieBron {
        private final ZaakEigenschapRepository eigenschappen;
        private final ZaakEigenschapRepresentation representation;

        public EigenschappenVanZaak(ZaakEigenschapRepository eigenschappen,
                                    ZaakEigenschapRepresentation representation) {
            this.eigenschappen = eigenschappen;
            this.representation = representation;
        }

        @Override
        public String veld() {
            return "eigenschappen";
        }

        @Override
        public Map<Long, List<String>> urls(Collection<Zaak> zaken) {
            Map<Long, UUID> zaakUuids = new HashMap<>();
            zaken.forEach(z -> zaakUuids.put(z.id, z.uuid));
            Map<Long, List<String>> out = new HashMap<>();
            for (Object[] row : eigenschappen.vanZaken(ids(zaken))) {
                Long zaak = (Long) row[0];
                out.computeIfAbsent(zaak, k -> new ArrayList<>())
                        .add(representation.url(zaakUuids.get(zaak), (UUID) row[1]));
            }
            return out;
        }
    }

    /** expand on /zaken: status (statustype, zaak), resultaat (resultaattype, zaak), eigenschappen (eigenschap). */
    @ApplicationScoped
    public static class Expand implements ZaakExpandBijdrage {
        private final StatusRepository statussen;
        private final StatusRepresentation statusRepresentation;
        private final ResultaatRepository resultaten;
        private final ResultaatRepresentation resultaatRepresentation;
        private final ZaakEigenschapRepository eigenschappen;
        private final ZaakEigenschapRepresentation eigenschapRepresentation;

        public Expand(StatusRepository statussen, StatusRepresentation statusRepresentation,
                      ResultaatRepository resultaten, ResultaatRepresentation resultaatRepresentation,
                      ZaakEigenschapRepository eigenschappen, ZaakEigenschapRepresentation eigenschapRepresentation) {
            this.statussen = statussen;
            this.statusRepresentation = statusRepresentation;
            this.resultaten = resultaten;
            this.resultaatRepresentation = resultaatRepresentation;
            this.eigenschappen = eigenschappen;
            this.eigenschapRepresentation = eigenschapRepresentation;
        }

        @Override
        public void model(ExpandModel.Builder model) {
            model.resource(StatusRepresentation.STATUSSEN).toOne("zaak", "zaken").toOne("statustype", "statustypen")
                    .toOne("gezetdoor", "rollen")
                    .resource(ResultaatRepresentation.RESULTATEN).toOne("zaak", "zaken")
                    .toOne("resultaattype", "resultaattypen")
                    .resource(ZaakEigenschapRepresentation.ZAAKEIGENSCHAPPEN).toOne("zaak", "zaken")
                    .toOne("eigenschap", "eigenschappen");
        }

        @Override
        public Map<String, ExpandLoader> loaders() {
            return Map.of(
                    StatusRepresentation.STATUSSEN, new LocalExpandLoader(
                            url -> ResourceUrl.uuidOf(url, ZakenApi.ROOT, StatusRepresentation.STATUSSEN),
                            uuids -> statusRepresentation.render(statussen.byUuids(uuids))),
                    ResultaatRepresentation.RESULTATEN, new LocalExpandLoader(
                            url -> ResourceUrl.uuidOf(url, ZakenApi.ROOT, ResultaatRepresentation.RESULTATEN),
                            uuids -> resultaatRepresentation.render(resultaten.byUuids(uuids))),
                    ZaakEigenschapRepresentation.ZAAKEIGENSCHAPPEN, new LocalExpandLoader(
                            url -> ResourceUrl.parse(url, ZakenApi.ROOT).filter(u -> u.collection()
                                    .equals(ZaakEigenschapRepresentation.ZAAKEIGENSCHAPPEN)).map(ResourceUrl::uuid),
                            uuids -> eigenschapRepresentation.render(eigenschappen.byUuids(uuids))));
        }
    }
}
