package com.verticallight.identity.sso;

import com.verticallight.identity.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Finds, or creates on the first visit (just in time), our user row for a realm user, in the tenant the token
 * names. The realm stays the source of the role: a changed realm role is written on the next request. Refused: a
 * tenant we do not have, a person already ours in another tenant or under another realm account.
 */
@ApplicationScoped
public class SsoAccounts {

    private static final String BY_SUBJECT = "select id, tenant_id, role, status from app_user where external_subject = $1";
    private static final String BY_EMAIL = """
            select id, tenant_id, external_subject, status from app_user where lower(email) = lower($1)""";
    private static final String INSERT = """
            insert into app_user (id, tenant_id, email, name, role, status, created_at, external_subject)
            values ($1, $2, $3, $4, $5, 'ACTIVE', $6, $7) on conflict do nothing returning id""";
    private static final String LINK = """
            update app_user set external_subject = $2, role = $3, status = 'ACTIVE' where id = $1 and tenant_id = $4""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    /** Our user id for this realm user. */
    public Uni<UUID> userFor(SsoUser user) {
        return pool.withTransaction(connection -> connection.preparedQuery(BY_SUBJECT)
                .execute(Tuple.of(user.subject()))
                .chain(rows -> rows.size() > 0 ? known(connection, rows.iterator().next(), user)
                        : firstVisit(connection, user)));
    }

    private Uni<UUID> known(SqlConnection connection, Row row, SsoUser user) {
        UUID id = row.getUUID("id");
        if (!row.getUUID("tenant_id").equals(user.tenantId())) {
            throw SsoRefused.because("The realm account belongs to another tenant here");
        }
        if (!"ACTIVE".equals(row.getString("status"))) {
            throw SsoRefused.because("The user is not active");
        }
        if (user.role().name().equals(row.getString("role"))) {
            return Uni.createFrom().item(id);
        }
        return connection.preparedQuery("update app_user set role = $3 where id = $1 and tenant_id = $2")
                .execute(Tuple.of(id, user.tenantId(), user.role().name())).replaceWith(id);
    }

    private Uni<UUID> firstVisit(SqlConnection connection, SsoUser user) {
        return connection.preparedQuery("select 1 from tenant where id = $1").execute(Tuple.of(user.tenantId()))
                .chain(tenants -> {
                    if (tenants.size() == 0) {
                        throw SsoRefused.because("The token names a tenant that does not exist");
                    }
                    return connection.preparedQuery(BY_EMAIL).execute(Tuple.of(user.email()));
                })
                .chain(sameEmail -> sameEmail.size() > 0 ? link(connection, sameEmail.iterator().next(), user)
                        : insert(connection, user));
    }

    /** A person we already have (e.g. invited, or signed up with a password) takes the realm account on. */
    private Uni<UUID> link(SqlConnection connection, Row row, SsoUser user) {
        boolean sameTenant = row.getUUID("tenant_id").equals(user.tenantId());
        boolean free = row.getString("external_subject") == null;
        if (!sameTenant || !free || !user.emailVerified()) {
            throw SsoRefused.because("The e-mail address belongs to another account here");
        }
        UUID id = row.getUUID("id");
        return connection.preparedQuery(LINK).execute(Tuple.of(id, user.subject(), user.role().name(), user.tenantId()))
                .replaceWith(id);
    }

    private Uni<UUID> insert(SqlConnection connection, SsoUser user) {
        UUID id = UUID.randomUUID();
        Role role = user.role();
        return connection.preparedQuery(INSERT)
                .execute(Tuple.tuple().addUUID(id).addUUID(user.tenantId()).addString(user.email())
                        .addString(user.name()).addString(role.name())
                        .addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC)).addString(user.subject()))
                .map(SsoAccounts::insertedId);
    }

    private static UUID insertedId(RowSet<Row> rows) {
        if (rows.size() == 0) { // a concurrent first request won the race, or the address was taken meanwhile
            throw SsoRefused.because("The account is being created by another request; retry");
        }
        return rows.iterator().next().getUUID("id");
    }
}
