package com.verticallight.notification;

import io.vertx.mutiny.sqlclient.Row;
import java.time.ZoneId;
import java.util.UUID;

/** An active person of the tenant with their preferences (their role's defaults until they save their own). */
record Recipient(UUID userId, String role, String language, String accountEmail, Preferences preferences,
        String tenantZone) {

    static final String SELECT = """
            select u.id, u.role, u.language, u.email, p.settings, t.time_zone
            from app_user u join tenant t on t.id = u.tenant_id
            left join notification_preference p on p.user_id = u.id and p.tenant_id = u.tenant_id
            where u.tenant_id = $1 and u.status = 'ACTIVE'""";

    static Recipient of(Row row) {
        String settings = row.getString("settings");
        Preferences preferences = settings == null ? RoleDefaults.of(row.getString("role"))
                : com.verticallight.platform.json.JsonText.read(settings, Preferences.class);
        return new Recipient(row.getUUID("id"), row.getString("role"), row.getString("language"),
                row.getString("email"), preferences, row.getString("time_zone"));
    }

    ZoneId zone() {
        String zone = preferences.timeZone() != null ? preferences.timeZone() : tenantZone;
        return ZoneId.of(zone == null ? "Asia/Kolkata" : zone);
    }

    String email() {
        return preferences.email() != null ? preferences.email() : accountEmail;
    }
}
