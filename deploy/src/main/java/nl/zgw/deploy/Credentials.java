package nl.zgw.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets of the embedded run, generated on first start and kept in {@code <data>/credentials.properties}
 * (readable by the owner only): the bootstrap client's, and one per service credential. {@code ./zgw token}
 * reads the same file.
 */
final class Credentials {

    static final String FILE = "credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> secrets;

    private Credentials(Map<String, String> secrets) {
        this.secrets = secrets;
    }

    /** Loads the file, adding (and saving) a random secret for every built-in client that has none yet. */
    static Credentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Map<String, String> secrets = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith("client.")) {
                    secrets.put(name.substring("client.".length()), p.getProperty(name));
                }
            }
        }
        boolean changed = false;
        for (String id : builtInClientIds()) {
            if (secrets.get(id) == null || secrets.get(id).isBlank()) {
                secrets.put(id, newSecret());
                changed = true;
            }
        }
        if (changed) {
            save(file, secrets);
        }
        return new Credentials(secrets);
    }

    static List<String> builtInClientIds() {
        List<String> ids = new ArrayList<>();
        ids.add(Settings.BOOTSTRAP_CLIENT_ID);
        Service.ALL.forEach(s -> ids.add(s.clientId()));
        return ids;
    }

    String secret(String clientId) {
        String s = secrets.get(clientId);
        if (s == null) {
            throw new IllegalStateException("no secret for " + clientId);
        }
        return s;
    }

    /** 32 random bytes, base64url: no ':' or ',' so that it fits in {@code id:secret[:all],...}. */
    static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static void save(Path file, Map<String, String> secrets) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# ZGW embedded run: client credentials, generated on first start. Keep this file private.\n");
            w.write("# client.<id>=<secret>; the services accept JWT-ZGW tokens signed with these secrets.\n");
            w.write("bootstrap.client-id=" + Settings.BOOTSTRAP_CLIENT_ID + "\n");
            for (Map.Entry<String, String> e : secrets.entrySet()) {
                w.write("client." + e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
