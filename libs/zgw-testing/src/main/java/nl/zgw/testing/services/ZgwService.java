package nl.zgw.testing.services;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A service of this project that a test can start: its API name, Maven module, API root and own client id. */
public enum ZgwService {
    CATALOGI, ZAKEN, DOCUMENTEN, BESLUITEN, AUTORISATIES, NOTIFICATIES;

    /** The name in the API root and in {@code initArgs}, e.g. {@code catalogi}. */
    public String api() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Maven module whose {@code target/quarkus-app/quarkus-run.jar} is started, e.g. {@code catalogi-api}. */
    public String module() {
        return api() + "-api";
    }

    /** The API root path, e.g. {@code /catalogi/api/v1}. */
    public String root() {
        return "/" + api() + "/api/v1";
    }

    /** The service's own client id ({@code zgw.auth.service.client-id} in its application.properties). */
    public String clientId() {
        return "zgw-" + api() + "-api";
    }

    /** By API name ({@code catalogi}) or module name ({@code catalogi-api}), any case. */
    public static ZgwService of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceFirst("-api$", "");
        for (ZgwService s : values()) {
            if (s.api().equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown ZGW service '" + name + "'; one of "
                + Arrays.stream(values()).map(ZgwService::api).collect(Collectors.joining(", ")));
    }

    /** The service whose API root is {@code root} (a path such as {@code /zaken/api/v1}), if any. */
    static ZgwService byRoot(String root) {
        for (ZgwService s : values()) {
            if (s.root().equals(root)) {
                return s;
            }
        }
        return null;
    }
}
