package com.verticallight.tier;

import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends an export's batches not yet accepted, each as one signed EVENT through the channel gateway (delivery logged,
 * ledger entry {@value CrmExport#TASK_TYPE}), records how each went, and fails while any batch failed so the job
 * runner retries it with backoff. A batch the CRM accepted is never sent again: its key is reused only until a
 * failure is recorded (see {@link CrmExportBatch#key}).
 */
@ApplicationScoped
public class CrmExportJob implements JobHandler {

    public static final String KIND = "crm.export";

    @Inject
    CrmExportRunRepository runs;

    @Inject
    CrmExportBatchRepository batches;

    @Inject
    CrmExportPages pages;

    @Inject
    CrmExportRecorder recorder;

    @Inject
    ChannelGateway gateway;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        UUID exportId = JsonText.read(job.payload(), CrmExportService.Payload.class).exportId();
        return Panache.withSession(() -> load(exportId))
                .chain(loaded -> loaded == null ? Uni.createFrom().<String>nullItem()
                        : pages.all(loaded.run().batchSize)
                                .chain(planned -> send(loaded.run(), planned, loaded.done()))
                                .chain(sent -> recorder.record(job, exportId, sent)))
                .chain(failure -> failure == null ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new IllegalStateException(failure)));
    }

    private record Loaded(CrmExportRun run, Map<Integer, CrmExportBatch> done) {
    }

    /** The export and its batches so far; null when it is gone or finished (a job run again after it ended). */
    private Uni<Loaded> load(UUID exportId) {
        return runs.findById(exportId).chain(run -> run == null || run.status == CrmExportRun.Status.DONE
                || run.status == CrmExportRun.Status.FAILED ? Uni.createFrom().<Loaded>nullItem()
                : batches.list("exportId = :e", Map.of("e", exportId), "batch")
                        .map(found -> new Loaded(run, found.stream().collect(Collectors.toMap(b -> b.batch,
                                Function.identity())))));
    }

    private Uni<CrmExportRecorder.Sent> send(CrmExportRun run, List<CrmExportPages.Planned> planned,
            Map<Integer, CrmExportBatch> done) {
        List<CrmExportPages.Planned> toSend = planned.stream().filter(p -> {
            CrmExportBatch known = done.get(p.batch());
            return known == null || known.status == CrmExportBatch.Status.FAILED;
        }).toList();
        List<ActionCommand> commands = new ArrayList<>();
        for (CrmExportPages.Planned p : toSend) {
            CrmExportBatch known = done.get(p.batch());
            String key = CrmExportBatch.key(run.id, p.batch(), known == null ? 0 : known.failedTries);
            commands.add(new ActionCommand(run.connectionId, key, event(run.id, p, planned.size()), false, true,
                    CrmExport.TASK_TYPE));
        }
        Uni<List<ActionOutcome>> outcomes = commands.isEmpty() ? Uni.createFrom().item(List.of())
                : gateway.executeAll(commands);
        return outcomes.map(sent -> new CrmExportRecorder.Sent(planned, toSend, sent));
    }

    private static OutboundAction event(UUID exportId, CrmExportPages.Planned batch, int total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportId", exportId.toString());
        data.put("batch", batch.batch());
        data.put("batches", total);
        data.put(batch.kind() == CrmExportBatch.Kind.CONTACTS ? "contacts" : "leads", batch.items());
        String name = batch.kind() == CrmExportBatch.Kind.CONTACTS ? CrmExport.CONTACTS_EVENT : CrmExport.LEADS_EVENT;
        return new OutboundAction(ActionType.EVENT, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, name, data);
    }
}
