package com.verticallight.crm;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ContactChannelRepository extends TenantScopedRepository<ContactChannel> {

    ContactChannelRepository() {
        super(ContactChannel.class);
    }

    Uni<ContactChannel> find(UUID contactId, ChannelKind channel) {
        return first("contactId = :contactId and channel = :channel",
                Map.of("contactId", contactId, "channel", channel));
    }

    Uni<List<ContactChannel>> ofContacts(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("contactId in :ids", Map.of("ids", contactIds), "channel");
    }
}
