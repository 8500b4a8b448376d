package nl.zgw.common.security.jwt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Parses {@code zgw.auth.clients} ({@code id:secret[:all],...}) once; its toString shows no secret. */
public record ConfiguredClients(Map<String, String> secrets, Map<String, Boolean> all) {

    public static ConfiguredClients parse(Optional<String> spec) {
        Map<String, String> secrets = new LinkedHashMap<>();
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (String entry : spec.orElse("").split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split(":", 3);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                // never echo the entry: it holds a secret
                throw new IllegalArgumentException("zgw.auth.clients: every entry must be id:secret[:all]");
            }
            secrets.put(parts[0].trim(), parts[1].trim());
            all.put(parts[0].trim(), parts.length == 3 && parts[2].trim().equals("all"));
        }
        return new ConfiguredClients(Map.copyOf(secrets), Map.copyOf(all));
    }

    /** Client ids only: a record's generated toString would print every secret into a log or exception. */
    @Override
    public String toString() {
        return "ConfiguredClients" + all;
    }
}
