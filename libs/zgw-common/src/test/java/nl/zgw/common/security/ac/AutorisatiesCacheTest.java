package nl.zgw.common.security.ac;

import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.jwt.Caller;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Autorisaties cache (issue: revocation within a second, the per-request Autorisaties lookup saved): what is
 * kept, for how long, and that no announced change is lost, also one announced while a verification is under way.
 */
class AutorisatiesCacheTest {

    static final Instant NU = Instant.parse("2026-12-03T12:00:00Z");
    static final Duration TTL = Duration.ofMinutes(5);
    static final Duration MAX_AGE = Duration.ofHours(1);

    final MovableClock clock = new MovableClock();
    final AtomicBoolean subscribed = new AtomicBoolean(true);
    final AutorisatiesCache cache = new AutorisatiesCache(TTL, 100, MAX_AGE, clock, subscribed::get);
    final AtomicInteger calls = new AtomicInteger();

    static String token(long iat) {
        String payload = "{\"iss\":\"app\",\"client_id\":\"app\",\"iat\":" + iat + "}";
        return "eyJhbGciOiJIUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    static AutorisatiesApi.Verified verified(Applicatie applicatie) {
        return new AutorisatiesApi.Verified(new Caller("app", "", ""), applicatie);
    }

    Function<String, AutorisatiesApi.Verified> ac(Applicatie applicatie) {
        return t -> {
            calls.incrementAndGet();
            return verified(applicatie);
        };
    }

    @Test
    void aVerifiedTokenIsAskedOnceUntilAChangeIsAnnounced() {
        String token = token(NU.getEpochSecond());
        Applicatie eerst = Applicatie.all("app");
        assertSame(eerst, cache.verified(token, ac(eerst)).applicatie());
        assertSame(eerst, cache.verified(token, ac(eerst)).applicatie());
        assertEquals(1, calls.get());

        cache.invalidateAll();
        Applicatie daarna = new Applicatie(java.util.Set.of("app"), "app", false, java.util.List.of());
        assertSame(daarna, cache.verified(token, ac(daarna)).applicatie());
        assertEquals(2, calls.get());
    }

    @Test
    void aChangeAnnouncedWhileTheAcWasAskedIsNotOverwrittenByTheOldAnswer() {
        String token = token(NU.getEpochSecond());
        Applicatie oud = Applicatie.all("app");
        cache.verified(token, t -> {
            cache.invalidateAll(); // the notification arrives while the old answer is on its way
            return verified(oud);
        });
        cache.verified(token, ac(oud));
        assertEquals(1, calls.get(), "the answer fetched before the change was not kept");
    }

    @Test
    void anEntryLastsAtMostTheTimeToLive() {
        String token = token(NU.getEpochSecond());
        cache.verified(token, ac(Applicatie.all("app")));
        clock.now = NU.plus(TTL).minusSeconds(1);
        cache.verified(token, ac(Applicatie.all("app")));
        assertEquals(1, calls.get());
        clock.now = NU.plus(TTL);
        cache.verified(token, ac(Applicatie.all("app")));
        assertEquals(2, calls.get());
    }

    @Test
    void anEntryNeverOutlivesTheTokensAgeLimit() {
        // issued 58 minutes ago: the Autorisaties API refuses it in 2 minutes, so the cache must ask again by then
        String token = token(NU.minus(Duration.ofMinutes(58)).getEpochSecond());
        cache.verified(token, ac(Applicatie.all("app")));
        clock.now = NU.plus(Duration.ofMinutes(2));
        cache.verified(token, ac(Applicatie.all("app")));
        assertEquals(2, calls.get());
    }

    @Test
    void aClientWithoutApplicatieAndATokenWithoutIatAreNotKept() {
        String token = token(NU.getEpochSecond());
        cache.verified(token, ac(null));
        cache.verified(token, ac(null));
        assertEquals(2, calls.get(), "a client may get its Applicatie any moment");

        String zonderIat = "eyJhbGciOiJIUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"client_id\":\"app\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        cache.verified(zonderIat, ac(Applicatie.all("app")));
        cache.verified(zonderIat, ac(Applicatie.all("app")));
        assertEquals(4, calls.get());
    }

    @Test
    void aRefusedTokenIsAskedAgainEveryTime() {
        String token = token(NU.getEpochSecond());
        Function<String, AutorisatiesApi.Verified> refuses = t -> {
            calls.incrementAndGet();
            throw new IllegalStateException("403");
        };
        for (int i = 0; i < 2; i++) {
            try {
                cache.verified(token, refuses);
            } catch (IllegalStateException expected) {
                // refused, as the Autorisaties API said
            }
        }
        assertEquals(2, calls.get());
    }

    @Test
    void withoutTheAbonnementOnKanaalAutorisatiesNothingIsKept() {
        subscribed.set(false);
        assertFalse(cache.active());
        String token = token(NU.getEpochSecond());
        cache.verified(token, ac(Applicatie.all("app")));
        cache.verified(token, ac(Applicatie.all("app")));
        assertEquals(2, calls.get());

        subscribed.set(true);
        assertTrue(cache.active());
        AutorisatiesCache uit = new AutorisatiesCache(Duration.ZERO, 100, MAX_AGE, clock, () -> true);
        assertFalse(uit.active(), "ttl PT0S turns the cache off");
    }

    @Test
    void theApplicatieOfAClientIdIsKeptUntilAChange() {
        Function<String, Optional<Applicatie>> lookup = id -> {
            calls.incrementAndGet();
            return Optional.of(Applicatie.all(id));
        };
        cache.consumer("app", lookup);
        cache.consumer("app", lookup);
        assertEquals(1, calls.get());
        cache.invalidateAll();
        cache.consumer("app", lookup);
        assertEquals(2, calls.get());

        Function<String, Optional<Applicatie>> none = id -> {
            calls.incrementAndGet();
            return Optional.empty();
        };
        cache.consumer("nieuw", none);
        cache.consumer("nieuw", none);
        assertEquals(4, calls.get(), "no Applicatie is not kept");
    }

    static final class MovableClock extends Clock {
        Instant now = NU;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
