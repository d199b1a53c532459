package com.verticallight.identity;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Map;

/**
 * Slows password guessing, per account and per client address, in PostgreSQL so every instance shares the
 * counts. Failures count while each comes within 15 minutes of the last; from the threshold on, each failure
 * locks its scope for a time that doubles (first lock, 2x, 4x ... up to the maximum). While locked, sign-in is
 * refused with 429 and Retry-After, even with the right password.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private static final String LOCKED_UNTIL = """
            select max(locked_until) as until from login_throttle
            where (scope = 'ACCOUNT' and subject = $1) or (scope = 'ADDRESS' and subject = $2)""";

    private static final String FAIL = """
            insert into login_throttle as t (scope, subject, failures, last_failure_at) values ($1, $2, 1, $3)
            on conflict (scope, subject) do update
               set failures = case when t.last_failure_at < $4 then 1 else t.failures + 1 end, last_failure_at = $3
            returning failures""";

    /** What a failure led to: the failures counted for the account, and whether it is now locked. */
    public record Failure(int accountFailures, boolean accountLocked, Duration lock) {
    }

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @ConfigProperty(name = "vlos.login.max-failures-per-account", defaultValue = "5")
    int perAccount;

    @ConfigProperty(name = "vlos.login.max-failures-per-address", defaultValue = "50")
    int perAddress;

    @ConfigProperty(name = "vlos.login.first-lock", defaultValue = "PT30S")
    Duration firstLock;

    @ConfigProperty(name = "vlos.login.max-lock", defaultValue = "PT15M")
    Duration maxLock;

    /** Fails with 429 (Retry-After) while the account or the client address is locked. */
    public Uni<Void> requireUnlocked(String email, String address) {
        Instant now = clock.instant();
        return pool.preparedQuery(LOCKED_UNTIL).execute(Tuple.of(account(email), address(address)))
                .invoke(rows -> {
                    OffsetDateTime until = rows.iterator().next().getOffsetDateTime("until");
                    if (until != null && until.toInstant().isAfter(now)) {
                        long seconds = (long) Math.ceil(Duration.between(now, until.toInstant()).toMillis() / 1000.0);
                        throw ProblemException.tooManyRequests(Text.of("identity.signInPaused",
                                Map.of("seconds", seconds)), seconds);
                    }
                })
                .replaceWithVoid();
    }

    /** Counts a wrong password for the account and the address, locking either past its threshold. */
    public Uni<Failure> failed(String email, String address) {
        Instant now = clock.instant();
        return count(ADDRESS, address(address), perAddress, now)
                .chain(ignored -> count(ACCOUNT, account(email), perAccount, now))
                .map(failures -> {
                    Duration lock = lockFor(failures, perAccount);
                    return new Failure(failures, !lock.isZero(), lock);
                });
    }

    /** A right password clears the account's count (not the address's: one known account must not reset it). */
    public Uni<Void> succeeded(String email) {
        return pool.preparedQuery("delete from login_throttle where scope = 'ACCOUNT' and subject = $1")
                .execute(Tuple.of(account(email))).replaceWithVoid();
    }

    /** Rows of scopes whose count has lapsed and that are not locked are no longer needed. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetLapsed() {
        Instant now = clock.instant();
        return pool.preparedQuery("""
                delete from login_throttle where last_failure_at < $1 and (locked_until is null or locked_until < $2)""")
                .execute(Tuple.of(utc(now.minus(FORGET_AFTER)), utc(now))).replaceWithVoid();
    }

    private Uni<Integer> count(String scope, String subject, int threshold, Instant now) {
        return pool.preparedQuery(FAIL)
                .execute(Tuple.of(scope, subject, utc(now), utc(now.minus(FORGET_AFTER))))
                .map(rows -> rows.iterator().next().getInteger("failures"))
                .call(failures -> {
                    Duration lock = lockFor(failures, threshold);
                    if (lock.isZero()) {
                        return Uni.createFrom().voidItem();
                    }
                    return pool.preparedQuery("update login_throttle set locked_until = $3 where scope = $1 and subject = $2")
                            .execute(Tuple.of(scope, subject, utc(now.plus(lock))));
                });
    }

    /** Zero below the threshold; then the first lock, doubled for every further failure, capped. */
    Duration lockFor(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private static String account(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "unknown" : address;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
