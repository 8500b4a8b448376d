package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.catalogi.config.ReferentielijstenConfig;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Unauthenticated;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A built-in, read-only copy of the public Referentielijsten API data (Selectielijst gemeenten 2020 and the
 * resultaattypeomschrijvingen), so a catalogue can be built offline. Shaped like the real API: procestypen and
 * resultaattypeomschrijvingen are plain arrays, resultaten is paginated; the stored UUIDs become absolute URLs of
 * this server. Public reference data: no authentication. Disabled with {@code zgw.referentielijsten.builtin.enabled=false}.
 */
@Path("/referentielijsten/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Unauthenticated
public class ReferentielijstenResource {

    static final String ROOT = "/referentielijsten/api/v1";

    /** The bundled data, read once. */
    @ApplicationScoped
    public static class Data {
        private final List<JsonNode> procestypen;
        private final List<JsonNode> resultaten;
        private final List<JsonNode> omschrijvingen;

        public Data(ObjectMapper mapper) {
            procestypen = read(mapper, "procestypen.json");
            resultaten = read(mapper, "resultaten.json");
            omschrijvingen = read(mapper, "resultaattypeomschrijvingen.json");
        }

        public List<JsonNode> procestypen() {
            return procestypen;
        }

        public List<JsonNode> resultaten() {
            return resultaten;
        }

        public List<JsonNode> omschrijvingen() {
            return omschrijvingen;
        }

        private static List<JsonNode> read(ObjectMapper mapper, String name) {
            try (InputStream in = Data.class.getResourceAsStream("/referentielijsten/" + name)) {
                List<JsonNode> out = new ArrayList<>();
                mapper.readTree(in).forEach(out::add);
                return List.copyOf(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Data data;
    private final ReferentielijstenConfig config;
    private final PublicUrls urls;
    private final Paginator paginator;

    public ReferentielijstenResource(Data data, ReferentielijstenConfig config, PublicUrls urls, Paginator paginator) {
        this.data = data;
        this.config = config;
        this.urls = urls;
        this.paginator = paginator;
    }

    @GET
    @Path("procestypen")
    public List<ObjectNode> procestypen(@QueryParam("jaar") String jaar) {
        enabled();
        Integer year = jaar == null ? null : integer(jaar, "jaar");
        return data.procestypen().stream().filter(p -> year == null || p.path("jaar").asInt() == year)
                .map(this::procestype).toList();
    }

    @GET
    @Path("procestypen/{uuid}")
    public ObjectNode procestype(@PathParam("uuid") String uuid) {
        enabled();
        return data.procestypen().stream().filter(p -> p.path("url").asText().equals(uuid)).findFirst()
                .map(this::procestype).orElseThrow(ZgwException::notFound);
    }

    @GET
    @Path("resultaten")
    public Page<ObjectNode> resultaten(@QueryParam("procesType") String procesType,
                                       @QueryParam("procestypeJaar") String procestypeJaar,
                                       @QueryParam("page") String page) {
        enabled();
        PageRequest request = PageRequest.of(page);
        Integer year = procestypeJaar == null ? null : integer(procestypeJaar, "procestypeJaar");
        String wantedProcestype = procesType == null ? null : last(procesType);
        List<JsonNode> matching = data.resultaten().stream()
                .filter(r -> wantedProcestype == null || r.path("procesType").asText().equals(wantedProcestype))
                .filter(r -> year == null || data.procestypen().stream().anyMatch(p -> p.path("url").asText()
                        .equals(r.path("procesType").asText()) && p.path("jaar").asInt() == year))
                .toList();
        List<JsonNode> slice = matching.subList(Math.min(request.offset(), matching.size()),
                Math.min(request.offset() + request.size(), matching.size()));
        return paginator.page(request, matching.size(), slice, this::resultaat);
    }

    @GET
    @Path("resultaten/{uuid}")
    public ObjectNode resultaat(@PathParam("uuid") String uuid) {
        enabled();
        return data.resultaten().stream().filter(p -> p.path("url").asText().equals(uuid)).findFirst()
                .map(this::resultaat).orElseThrow(ZgwException::notFound);
    }

    @GET
    @Path("resultaattypeomschrijvingen")
    public List<ObjectNode> resultaattypeomschrijvingen() {
        enabled();
        return data.omschrijvingen().stream().map(this::omschrijving).toList();
    }

    @GET
    @Path("resultaattypeomschrijvingen/{uuid}")
    public ObjectNode resultaattypeomschrijving(@PathParam("uuid") String uuid) {
        enabled();
        return data.omschrijvingen().stream().filter(p -> p.path("url").asText().equals(uuid)).findFirst()
                .map(this::omschrijving).orElseThrow(ZgwException::notFound);
    }

    private ObjectNode procestype(JsonNode p) {
        ObjectNode n = p.deepCopy();
        n.put("url", url("procestypen", p.path("url").asText()));
        return n;
    }

    private ObjectNode resultaat(JsonNode r) {
        ObjectNode n = r.deepCopy();
        n.put("url", url("resultaten", r.path("url").asText()));
        n.put("procesType", url("procestypen", r.path("procesType").asText()));
        return n;
    }

    private ObjectNode omschrijving(JsonNode o) {
        ObjectNode n = o.deepCopy();
        n.put("url", url("resultaattypeomschrijvingen", o.path("url").asText()));
        return n;
    }

    private String url(String collection, String uuid) {
        return urls.base() + ROOT + "/" + collection + "/" + uuid;
    }

    private void enabled() {
        if (!config.builtin().enabled()) {
            throw ZgwException.notFound();
        }
    }

    private static Integer integer(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ZgwException.invalid(name, "invalid", "Voer een geheel getal in.");
        }
    }

    private static String last(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return u.substring(u.lastIndexOf('/') + 1);
    }
}
