package com.verticallight.tier;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.crm.ContactPage;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends all of the tenant's contacts to an external CRM: page by page, each page one signed EVENT action through the
 * channel gateway on a WEBHOOK connection (idempotency key per export and batch, delivery logged, ledger entry
 * {@value CrmExport#TASK_TYPE}). Opt-outs travel with each contact so the CRM can honour them.
 */
@ApplicationScoped
public class CrmExportService {

    @Inject
    ConnectionService connections;

    @Inject
    ContactService contacts;

    @Inject
    ChannelGateway gateway;

    public Uni<CrmExport.Result> export(CrmExport.Request request) {
        UUID exportId = UUID.randomUUID();
        return connections.resolve(List.of(request.connectionId()))
                .invoke(found -> requireWebhook(found.get(request.connectionId())))
                .chain(() -> pages(request.size(), 0, new ArrayList<>()))
                .chain(pages -> send(exportId, request.connectionId(), pages));
    }

    private Uni<List<ContactPage>> pages(int size, int offset, List<ContactPage> read) {
        return contacts.list(null, null, size, offset).chain(page -> {
            if (page.items().isEmpty()) {
                return Uni.createFrom().item(read);
            }
            read.add(page);
            return offset + size >= page.total() ? Uni.createFrom().item(read) : pages(size, offset + size, read);
        });
    }

    private Uni<CrmExport.Result> send(UUID exportId, UUID connectionId, List<ContactPage> pages) {
        List<ActionCommand> commands = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("exportId", exportId.toString());
            data.put("batch", i + 1);
            data.put("batches", pages.size());
            data.put("contacts", pages.get(i).items().stream().map(CrmExportService::contact).toList());
            OutboundAction event = new OutboundAction(ActionType.EVENT, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, CrmExport.EVENT, data);
            commands.add(new ActionCommand(connectionId, "crm-export:" + exportId + ":" + (i + 1), event, false, true,
                    CrmExport.TASK_TYPE));
        }
        long total = pages.stream().mapToLong(p -> p.items().size()).sum();
        if (commands.isEmpty()) {
            return Uni.createFrom().item(new CrmExport.Result(exportId, connectionId, 0, List.of()));
        }
        return gateway.executeAll(commands).map(outcomes -> {
            List<CrmExport.Batch> batches = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                ActionOutcome o = outcomes.get(i);
                batches.add(new CrmExport.Batch(i + 1, pages.get(i).items().size(), o.deliveryId(), o.status(),
                        o.message()));
            }
            return new CrmExport.Result(exportId, connectionId, total, batches);
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

    private static void requireWebhook(ResolvedConnection connection) {
        if (connection == null) {
            throw ProblemException.invalid("connectionId", "no such connection");
        }
        if (connection.kind() != ChannelKind.WEBHOOK) {
            throw ProblemException.invalid("connectionId", "must be a WEBHOOK connection, not " + connection.kind());
        }
    }
}
