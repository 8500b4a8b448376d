package nl.zgw.deploy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The embedded run: {@code up} (default) starts everything in the foreground; {@code token [client-id]} prints a
 * JWT-ZGW token for a configured client. {@code ./zgw} calls this.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // the embedded PostgreSQL library logs through SLF4J: only its warnings and errors belong on the console
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        String command = args.length == 0 ? "up" : args[0];
        try {
            Settings settings = Settings.fromEnvironment();
            switch (command) {
                case "up" -> System.exit(new Launcher(settings, System.out).run());
                case "token" -> {
                    System.out.println(token(settings, args.length > 1 ? args[1] : Settings.BOOTSTRAP_CLIENT_ID));
                    System.exit(0);
                }
                default -> {
                    System.err.println("usage: zgw-launcher.jar [up | token [client-id]]");
                    System.exit(2);
                }
            }
        } catch (Launcher.LaunchException | IllegalArgumentException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("ERROR: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    /** A token for a client from ZGW_CLIENTS or the data folder's credentials. */
    static String token(Settings settings, String clientId) throws java.io.IOException {
        Optional<Client> extra = settings.extraClients().stream().filter(c -> c.id().equals(clientId)).findFirst();
        String secret;
        if (extra.isPresent()) {
            secret = extra.get().secret();
        } else if (Credentials.builtInClientIds().contains(clientId)) {
            Path file = settings.dataDir().resolve(Credentials.FILE);
            if (!java.nio.file.Files.exists(file)) {
                throw new IllegalArgumentException("No credentials in " + settings.dataDir() + " yet: run ./zgw up first.");
            }
            secret = Credentials.loadOrCreate(settings.dataDir()).secret(clientId);
        } else {
            throw new IllegalArgumentException("Unknown client '" + clientId + "': not " + Settings.BOOTSTRAP_CLIENT_ID
                    + ", a service credential or in ZGW_CLIENTS.");
        }
        String user = JwtZgw.currentUser();
        return JwtZgw.token(clientId, secret, user, user, Instant.now());
    }
}
