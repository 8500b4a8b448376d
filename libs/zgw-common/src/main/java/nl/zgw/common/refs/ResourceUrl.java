package nl.zgw.common.refs;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The URL of a ZGW resource, read as {@code {root}/{collection}/{uuid}}, possibly nested
 * ({@code /zaken/{uuid}/zaakeigenschappen/{uuid}}). One parser for every service: a path with a dot segment
 * ({@code .} or {@code ..}, also percent-encoded, double-encoded or behind a backslash) is no resource URL, since a
 * server may resolve it to outside the root; query and fragment are ignored, one trailing slash is tolerated.
 *
 * @param root  the root the URL was matched against, as given (an absolute root URL or a root path)
 * @param parts the {@code (collection, uuid)} pairs after the root, outermost first
 */
public record ResourceUrl(String root, List<Part> parts) {

    /** One {@code {collection}/{uuid}} step of the path. */
    public record Part(String collection, UUID uuid) {
    }

    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ResourceUrl {
        parts = List.copyOf(parts);
    }

    /** The collection of the resource itself (the last part), e.g. {@code zaakeigenschappen}. */
    public String collection() {
        return parts.get(parts.size() - 1).collection();
    }

    /** The uuid of the resource itself (the last part). */
    public UUID uuid() {
        return parts.get(parts.size() - 1).uuid();
    }

    /** True when this is a top-level resource of {@code collection} ({@code {root}/{collection}/{uuid}}). */
    public boolean isIn(String collection) {
        return parts.size() == 1 && collection().equals(collection);
    }

    /** The uuid of the enclosing resource of a nested URL ({@code /zaken/{uuid}/...}), if it is nested. */
    public Optional<UUID> parentUuid() {
        return parts.size() < 2 ? Optional.empty() : Optional.of(parts.get(parts.size() - 2).uuid());
    }

    /**
     * Parses {@code url} under {@code root}. An absolute root ({@code https://host/catalogi/api/v1}) must match the
     * scheme, host, port and path prefix; a root path ({@code /catalogi/api/v1}) matches on any host, for URLs of this
     * service's own API that a client may address by the gateway's or the internal host.
     */
    public static Optional<ResourceUrl> parse(String url, String root) {
        Optional<URI> uri = uri(url);
        if (uri.isEmpty() || root == null || root.isBlank()) {
            return Optional.empty();
        }
        String rootPath = trimSlash(root.trim());
        String path = trimSlash(uri.get().getRawPath());
        int start;
        if (rootPath.contains("://")) {
            URI r;
            try {
                r = new URI(rootPath);
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
            if (r.getScheme() == null || !r.getScheme().equalsIgnoreCase(uri.get().getScheme())
                    || r.getRawAuthority() == null || !r.getRawAuthority().equalsIgnoreCase(uri.get().getRawAuthority())) {
                return Optional.empty();
            }
            rootPath = r.getRawPath() == null ? "" : trimSlash(r.getRawPath());
            start = path.startsWith(rootPath + "/") ? 0 : -1;
        } else {
            // behind a gateway that adds a prefix (X-Forwarded-Prefix) the root path comes later in the path
            start = path.lastIndexOf(rootPath + "/");
        }
        if (start < 0) {
            return Optional.empty();
        }
        return parts(path.substring(start + rootPath.length() + 1)).map(p -> new ResourceUrl(root, p));
    }

    /** Parses {@code url} under the first of {@code roots} that it belongs to. */
    public static Optional<ResourceUrl> parse(String url, Collection<String> roots) {
        for (String root : roots) {
            Optional<ResourceUrl> parsed = parse(url, root);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** The uuid of {@code url} when it is a top-level resource of {@code collection} under {@code root}. */
    public static Optional<UUID> uuidOf(String url, String root, String collection) {
        return parse(url, root).filter(r -> r.isIn(collection)).map(ResourceUrl::uuid);
    }

    /**
     * The canonical uuid the path of {@code url} ends in, whatever its root, for URLs of another API whose root this
     * service does not know (e.g. a zaaktype URL in an autorisatie).
     */
    public static Optional<UUID> trailingUuid(String url) {
        Optional<URI> uri = uri(url);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        String path = trimSlash(uri.get().getRawPath());
        return uuid(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * The collection segment of {@code url}, the one before its last ({@code procestypen} in
     * {@code .../procestypen/{id}}), for APIs whose identifiers need not be uuids.
     */
    public static Optional<String> collectionOf(String url) {
        Optional<URI> uri = uri(url);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = trimSlash(uri.get().getRawPath()).split("/", -1);
        return segments.length < 3 ? Optional.empty() : Optional.of(segments[segments.length - 2]);
    }

    /** Does this raw path hold a dot segment, however it is written? */
    public static boolean hasDotSegment(String rawPath) {
        String decoded = rawPath;
        for (int i = 0; i < 3 && decoded.contains("%"); i++) { // double encoding too (%252e)
            try {
                decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return true; // a broken escape (%zz) is no URL of ours either
            }
        }
        for (String segment : decoded.split("[/\\\\]", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<URI> uri(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getRawAuthority() == null || uri.getRawUserInfo() != null || uri.getRawPath() == null
                    || hasDotSegment(uri.getRawPath())) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<Part>> parts(String rest) {
        String[] segments = rest.split("/", -1);
        if (segments.length < 2 || segments.length % 2 != 0) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < segments.length; i += 2) {
            Optional<UUID> uuid = uuid(segments[i + 1]);
            if (!COLLECTION.matcher(segments[i]).matches() || uuid.isEmpty()) {
                return Optional.empty();
            }
            parts.add(new Part(segments[i], uuid.get()));
        }
        return Optional.of(parts);
    }

    private static Optional<UUID> uuid(String segment) {
        return CANONICAL_UUID.matcher(segment).matches() ? Optional.of(UUID.fromString(segment)) : Optional.empty();
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
