package nl.zgw.documenten.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zgw.common.problem.Fout;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.content.ContentStores;
import nl.zgw.documenten.service.Download;
import nl.zgw.documenten.service.Download.Content;

/**
 * GET /enkelvoudiginformatieobjecten/{uuid}/download: the bytes of a versie, streamed from the content store with
 * Content-Length and Content-Type (the formaat, else application/octet-stream), and HTTP Range requests
 * (one range: 206 with Content-Range, 416 when unsatisfiable; beyond the standard, for resumable downloads).
 */
@Path(EioResource.ROOT + "/enkelvoudiginformatieobjecten/{uuid}/download")
public class DownloadResource {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int BUFFER = 64 * 1024;

    private final Download download;
    private final ContentStores stores;

    public DownloadResource(Download download, ContentStores stores) {
        this.download = download;
        this.stores = stores;
    }

    @GET
    @Produces({"application/octet-stream", "*/*", "application/json"})
    @RequiresScope(Scopes.Drc.LEZEN)
    public Response download(@PathParam("uuid") UUID uuid, @QueryParam("versie") Integer versie,
                             @QueryParam("registratieOp") String registratieOp,
                             @HeaderParam("Range") String range) {
        Content c = download.find(uuid, versie, EioResource.registratieOp(registratieOp));
        String type = contentType(c.formaat());
        long size = c.size();
        Response.ResponseBuilder r;
        long offset = 0;
        long length = size;
        boolean partial = false;
        if (range != null && !range.isBlank()) {
            Matcher m = RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                long start;
                long end;
                if (m.group(1).isEmpty()) {                   // bytes=-n: the last n bytes
                    long n = Long.parseLong(m.group(2));
                    start = Math.max(0, size - n);
                    end = size - 1;
                } else {
                    start = Long.parseLong(m.group(1));
                    end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
                }
                if (start >= size || end < start) {
                    return Response.status(416).header("Content-Range", "bytes */" + size)
                            .header("Accept-Ranges", "bytes").type(Fout.MEDIA_TYPE)
                            .entity(new Fout("https://zaakgerichtwerken.vng.cloud/fouten/range-not-satisfiable",
                                    "range-not-satisfiable", "Het gevraagde bereik valt buiten de inhoud.", 416,
                                    "De inhoud is " + size + " bytes groot.", "urn:uuid:" + UUID.randomUUID(),
                                    null)).build();
                }
                offset = start;
                length = end - start + 1;
                partial = true;
            }
        }
        long from = offset;
        long count = length;
        boolean verify = c.verifyWhileStreaming() && !partial && c.sha256() != null;
        StreamingOutput body = out -> stream(c, from, count, verify, out);
        r = partial ? Response.status(206).header("Content-Range", "bytes " + offset + "-" + (offset + length - 1)
                + "/" + size) : Response.ok();
        String naam = c.bestandsnaam();
        if (naam != null && !naam.isBlank()) {
            r.header("Content-Disposition", "attachment; filename=\"" + naam.replaceAll("[\"\\\\\\r\\n]", "_") + "\"");
        }
        return r.entity(body).type(type).header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, length).build();
    }

    private void stream(Content c, long offset, long length, boolean verify, OutputStream out) throws IOException {
        MessageDigest sha = verify ? Download.sha256() : null;
        byte[] buffer = new byte[BUFFER];
        long sent = 0;
        try (InputStream in = stores.current().open(c.key(), offset, length)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (sha != null) {
                    sha.update(buffer, 0, n);
                }
                out.write(buffer, 0, n);
                sent += n;
            }
        }
        if (sha != null && (sent != length || !HexFormat.of().formatHex(sha.digest()).equals(c.sha256()))) {
            download.markCorrupt(c);
            throw new IOException("content " + c.key() + " does not match its SHA-256; response broken off");
        }
    }

    static String contentType(String formaat) {
        if (formaat != null && formaat.matches("[\\w.+-]+/[\\w.+-]+")) {
            return formaat;
        }
        return "application/octet-stream";
    }
}
