package com.verticallight.crm;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class ContactRepository extends TenantScopedRepository<Contact> {

    ContactRepository() {
        super(Contact.class);
    }

    Uni<Contact> findByPhone(String phoneE164) {
        return first("phoneE164 = :phone", Map.of("phone", phoneE164));
    }

    Uni<Contact> findByEmail(String email) {
        return first("lower(email) = :email", Map.of("email", email.toLowerCase(Locale.ROOT)));
    }
}
