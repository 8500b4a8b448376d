package nl.zgw.catalogi.domain;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the {@code (collection, uuid)} out of a URL of this API, whatever host it was addressed by (the gateway's
 * public host or the internal one): the path must end in {@code {api root}/{collection}/{uuid}}.
 */
public final class Links {

    private Links() {
    }

    public record Link(String collection, UUID uuid) {
    }

    public static Optional<Link> parse(String url, String apiRoot) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            String path = uri.getPath();
            if (uri.getScheme() == null || path == null) {
                return Optional.empty();
            }
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int root = path.lastIndexOf(apiRoot + "/");
            if (root < 0) {
                return Optional.empty();
            }
            String[] rest = path.substring(root + apiRoot.length() + 1).split("/");
            if (rest.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Link(rest[0], UUID.fromString(rest[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The uuid of a URL into {@code collection}, if it is one. */
    public static Optional<UUID> uuidOf(String url, String apiRoot, String collection) {
        return parse(url, apiRoot).filter(l -> l.collection().equals(collection)).map(Link::uuid);
    }
}
