package nl.zgw.common.security.ac;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.zgw.common.events.AbonnementRegistratie;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.jwt.JwtZgwVerifier;
import nl.zgw.common.security.jwt.ZgwAuthConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Saves the call to the Autorisaties API on most requests: a verified token (with its client's Applicatie) and a
 * client's Applicatie are reused until the Autorisaties API announces a change on kanaal {@code autorisaties}
 * ({@link AutorisatiesWijzigingen} empties the cache), at most {@code zgw.autorisaties.cache.ttl}, and never past
 * the token's own age limit ({@code iat} + {@code zgw.auth.jwt.max-age}).
 * <p>
 * The cache only works while this service is subscribed to that kanaal ({@link AbonnementRegistratie#done()}):
 * without the abonnement nobody would tell it of a revocation, so every request asks the Autorisaties API, as before.
 * Only positive answers are kept (a token refused now may be valid after its credential is created; a client without
 * Applicatie may get one). A change announced while a call is under way is not lost: the answer of that call is only
 * kept when no invalidation happened since it started ({@link #generatie}).
 */
@ApplicationScoped
public class AutorisatiesCache {

    public static final String KANAAL = "autorisaties";

    private record Kept<T>(T value, long validUntilEpochSecond) {
    }

    private final Duration ttl;
    private final Duration maxAge;
    private final BooleanSupplier subscribed;
    private final Clock clock;
    /** Latched: an abonnement, once made, is not unmade while this process runs. */
    private volatile boolean wasSubscribed;
    private final AtomicLong generatie = new AtomicLong();
    private final Cache<String, Kept<AutorisatiesApi.Verified>> tokens;
    private final Cache<String, Kept<Applicatie>> consumers;

    @Inject
    public AutorisatiesCache(ZgwAutorisatiesConfig config, ZgwAuthConfig auth,
                             Instance<AbonnementRegistratie> registratie) {
        this(config.cache().ttl(), config.cache().maximumSize(), auth.jwt().maxAge(), Clock.systemUTC(),
                () -> registratie.isResolvable() && subscribedToKanaal(registratie.get()));
    }

    AutorisatiesCache(Duration ttl, long maximumSize, Duration maxAge, Clock clock, BooleanSupplier subscribed) {
        this.ttl = ttl;
        this.maxAge = maxAge;
        this.subscribed = subscribed;
        this.clock = clock;
        this.tokens = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.consumers = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** Off: every call goes to the Autorisaties API (outside CDI, and where no invalidation can reach it). */
    static AutorisatiesCache off() {
        return new AutorisatiesCache(Duration.ZERO, 1, Duration.ZERO, Clock.systemUTC(), () -> false);
    }

    private static boolean subscribedToKanaal(AbonnementRegistratie registratie) {
        return registratie.done() && registratie.kanalen().stream().anyMatch(k -> KANAAL.equals(k.naam()));
    }

    /** True when answers are being kept. */
    public boolean active() {
        if (ttl.isZero()) {
            return false;
        }
        if (!wasSubscribed) {
            wasSubscribed = subscribed.getAsBoolean(); // asked on every request only until it is true
        }
        return wasSubscribed;
    }

    /** The verification of {@code token}, from the cache or from {@code verify} (kept when it has an Applicatie). */
    AutorisatiesApi.Verified verified(String token, Function<String, AutorisatiesApi.Verified> verify) {
        if (!active()) {
            return verify.apply(token);
        }
        String key = sha256(token);
        Kept<AutorisatiesApi.Verified> kept = tokens.getIfPresent(key);
        long now = clock.instant().getEpochSecond();
        if (kept != null && now < kept.validUntilEpochSecond()) {
            return kept.value();
        }
        long before = generatie.get();
        AutorisatiesApi.Verified verified = verify.apply(token);
        Optional<Long> iat = JwtZgwVerifier.issuedAtUnverified(token);
        if (verified.applicatie() != null && iat.isPresent()) {
            long until = Math.min(now + ttl.toSeconds(), iat.get() + maxAge.toSeconds());
            keep(tokens, key, new Kept<>(verified, until), before);
        }
        return verified;
    }

    /** The Applicatie of {@code clientId}, from the cache or from {@code lookup} (kept when there is one). */
    Optional<Applicatie> consumer(String clientId, Function<String, Optional<Applicatie>> lookup) {
        if (!active()) {
            return lookup.apply(clientId);
        }
        Kept<Applicatie> kept = consumers.getIfPresent(clientId);
        long now = clock.instant().getEpochSecond();
        if (kept != null && now < kept.validUntilEpochSecond()) {
            return Optional.of(kept.value());
        }
        long before = generatie.get();
        Optional<Applicatie> applicatie = lookup.apply(clientId);
        applicatie.ifPresent(a -> keep(consumers, clientId, new Kept<>(a, now + ttl.toSeconds()), before));
        return applicatie;
    }

    /**
     * Something changed at the Autorisaties API: forget everything. The generation moves first, so an answer that
     * was fetched before this and is put after it is taken out again by {@link #keep}.
     */
    public void invalidateAll() {
        generatie.incrementAndGet();
        tokens.invalidateAll();
        consumers.invalidateAll();
    }

    private <T> void keep(Cache<String, Kept<T>> cache, String key, Kept<T> value, long generatieBefore) {
        cache.put(key, value);
        if (generatie.get() != generatieBefore) {
            cache.invalidate(key);
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
