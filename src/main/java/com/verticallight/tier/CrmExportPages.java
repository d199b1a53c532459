package com.verticallight.tier;

import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.lead.LeadExport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the tenant's contacts, then its leads, into numbered batches. Both are read oldest first, so batches already
 * sent keep their content when new contacts or leads arrive between two tries.
 */
@ApplicationScoped
public class CrmExportPages {

    @Inject
    ContactService contacts;

    @Inject
    LeadExport leads;

    public record Planned(int batch, CrmExportBatch.Kind kind, List<Map<String, Object>> items) {
    }

    public Uni<List<Planned>> all(int size) {
        List<Planned> planned = new ArrayList<>();
        return contactPages(size, 0, planned).chain(() -> leadPages(size, 0, planned)).replaceWith(planned);
    }

    private Uni<Void> contactPages(int size, int offset, List<Planned> planned) {
        return contacts.list(null, null, size, offset).chain(page -> {
            if (page.items().isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            planned.add(new Planned(planned.size() + 1, CrmExportBatch.Kind.CONTACTS,
                    page.items().stream().map(CrmExportPages::contact).toList()));
            return offset + size >= page.total() ? Uni.createFrom().voidItem()
                    : contactPages(size, offset + size, planned);
        });
    }

    private Uni<Void> leadPages(int size, int offset, List<Planned> planned) {
        return leads.page(offset, size).chain(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            planned.add(new Planned(planned.size() + 1, CrmExportBatch.Kind.LEADS, page));
            return page.size() < size ? Uni.createFrom().voidItem() : leadPages(size, offset + size, planned);
        });
    }

    private static Map<String, Object> contact(ContactView c) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", c.id().toString());
        contact.put("name", c.name());
        contact.put("phone", c.phone());
        contact.put("email", c.email());
        contact.put("language", c.language());
        contact.put("tags", c.tags() == null ? List.of() : c.tags());
        contact.put("optedOut", c.channels().stream().filter(s -> s.optedOutAt() != null)
                .map(s -> s.channel().name()).toList());
        return contact;
    }
}
