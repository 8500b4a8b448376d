package nl.zgw.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A client credential the services accept: {@code id:secret[:all]} ({@code all} = heeftAlleAutorisaties). */
record Client(String id, String secret, boolean all) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._@-]+");

    Client {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a client id may only contain letters, digits and . _ @ -");
        }
        if (secret == null || secret.isEmpty() || secret.contains(",") || secret.contains(":")) {
            // never echo the secret
            throw new IllegalArgumentException("the secret of client '" + id + "' is empty or contains ',' or ':'");
        }
    }

    /** Parses {@code ZGW_CLIENTS}: {@code id:secret[:all],...}. Error messages never contain a secret. */
    static List<Client> parseList(String spec) {
        List<Client> clients = new ArrayList<>();
        if (spec == null) {
            return clients;
        }
        int n = 0;
        for (String entry : spec.split(",")) {
            n++;
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split(":", -1);
            if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].trim().equals("all"))) {
                throw new IllegalArgumentException("ZGW_CLIENTS entry " + n + " is not id:secret or id:secret:all");
            }
            clients.add(new Client(parts[0].trim(), parts[1].trim(), parts.length == 3));
        }
        return clients;
    }

    /** Never the secret: records print their components, and settings end up in logs and test reports. */
    @Override
    public String toString() {
        return "Client[id=" + id + ", secret=***, all=" + all + "]";
    }

    /** The form the Autorisaties API reads in {@code ZGW_AUTH_CLIENTS}. */
    String spec() {
        return id + ":" + secret + (all ? ":all" : "");
    }
}
