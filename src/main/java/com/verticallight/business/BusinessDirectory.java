package com.verticallight.business;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Finds the business behind a public lead form key. Like the credential lookups, this read comes before
 * any tenant is known: the key in the URL is what identifies the business.
 */
@ApplicationScoped
public class BusinessDirectory {

    public record FormOwner(UUID tenantId, UUID businessId, String country, String website) {
    }

    @Inject
    Pool pool;

    /** The owner of the form, or null. */
    public Uni<FormOwner> byLeadFormKey(String formKey) {
        return pool.preparedQuery("select tenant_id, id, country, website from business where lead_form_key = $1")
                .execute(Tuple.of(formKey))
                .map(rows -> rows.size() == 0 ? null : owner(rows.iterator().next()));
    }

    private static FormOwner owner(Row row) {
        return new FormOwner(row.getUUID("tenant_id"), row.getUUID("id"), row.getString("country"),
                row.getString("website"));
    }
}
