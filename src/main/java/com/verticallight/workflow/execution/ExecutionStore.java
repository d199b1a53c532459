package com.verticallight.workflow.execution;

import com.verticallight.job.JobConfig;
import com.verticallight.platform.db.RelaxedPool;
import com.verticallight.platform.json.JsonText;
import com.verticallight.tenant.LimitNotices;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Executions and step runs, written through the reactive pool (one short statement per step, on its own
 * connection, so parallel branches never share a session). Every statement names the tenant in its WHERE clause
 * (or its inserted row). The jobs that wake or recover an execution are written here too, in the same transaction
 * as the change that needs them: kind {@value #RESUME}, unique by idempotency key like every job.
 */
@ApplicationScoped
public class ExecutionStore {

    public static final String RESUME = "workflow.resume";
    /** The event of an execution that ended FAILED (not a test run's): the owners hear of it. */
    public static final String FAILED_TOPIC = "workflow.failed";
    /** The plan limit's name in problems and in the owners' notice ({@link LimitNotices}). */
    public static final String LIMIT = "workflow_executions_per_day";


    // a new execution taken at once for its first pass (passes 1, leased), with the job that takes it over if the
    // pass dies: one statement
    private static final String INSERT_CLAIMED = """
            with e as (
                insert into workflow_execution (id, tenant_id, workflow_id, version_number, business_id, status,
                                                trigger_type, trigger_ref, trigger, started_at, updated_at, passes, lease_until,
                                                sandbox)
                values ($1, $2, $3, $4, $5, 'RUNNING', $6, $7, $8, $9, $9, 1, $10, $17)
                on conflict (workflow_id, trigger_ref) where trigger_ref is not null do nothing
                returning id),
            j as (
                insert into job (id, tenant_id, kind, payload, run_at, status, attempts, max_attempts, backoff_seconds,
                                 idempotency_key, correlation, created_at, updated_at)
                select $11, $2, 'workflow.resume', $12, $10, 'PENDING', 0, $13, $14, $15, $16, $9, $9 from e
                on conflict (tenant_id, idempotency_key) do nothing)
            select id from e""";
    private static final String SKIP_CLAIMED = """
            with e as (
                update workflow_execution set status = 'SKIPPED', error = $3, lease_until = null, updated_at = $4,
                                              finished_at = $4
                where id = $1 and tenant_id = $2 returning id)
            update job set status = 'CANCELLED', updated_at = $4, finished_at = $4
            where tenant_id = $2 and correlation = $5 and status = 'PENDING'""";
    private static final String REFUSE_CLAIMED = """
            with e as (delete from workflow_execution where id = $1 and tenant_id = $2)
            delete from job where tenant_id = $2 and correlation = $3 and status = 'PENDING'""";
    // one more execution today, unless the tenant's plan allows no more: no row returned then
    private static final String TAKE_ONE = """
            insert into workflow_daily_usage as u (tenant_id, day, executions)
            select t.id, $2, 1 from tenant t join plan p on p.code = t.plan_code
            where t.id = $1 and p.max_workflow_executions_per_day > 0
            on conflict (tenant_id, day) do update set executions = u.executions + 1
            where u.tenant_id = $1 and u.executions < (select p.max_workflow_executions_per_day
                                                       from tenant t join plan p on p.code = t.plan_code where t.id = $1)
            returning executions""";
    private static final String ALLOWED_PER_DAY = """
            select p.max_workflow_executions_per_day as allowed, p.code from tenant t join plan p on p.code = t.plan_code
            where t.id = $1""";

    private static final String CLAIM = """
            update workflow_execution set status = 'RUNNING', passes = passes + 1, lease_until = $3, updated_at = $4
            where id = $1 and tenant_id = $2 and status in ('RUNNING', 'WAITING') and (lease_until is null or lease_until < $4)
            returning passes, workflow_id, version_number, business_id, trigger, sandbox""";
    private static final String JOB = """
            insert into job (id, tenant_id, kind, payload, run_at, status, attempts, max_attempts, backoff_seconds,
                             idempotency_key, correlation, created_at, updated_at)
            values ($1, $2, 'workflow.resume', $3, $4, 'PENDING', 0, $5, $6, $7, $8, $9, $9)
            on conflict (tenant_id, idempotency_key) do nothing""";

    private static final String STEP = """
            insert into workflow_step_run (id, tenant_id, execution_id, step_key, step_id, step_type, status, attempt, edge,
                                           input, output, error, wait_until, started_at, finished_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            on conflict (execution_id, step_key) do update set status = excluded.status, attempt = excluded.attempt,
                edge = excluded.edge, input = coalesce(excluded.input, workflow_step_run.input), output = excluded.output,
                error = excluded.error, wait_until = excluded.wait_until, started_at = excluded.started_at,
                finished_at = excluded.finished_at
            where workflow_step_run.tenant_id = excluded.tenant_id""";
    private static final String START_EFFECT = """
            insert into workflow_step_run (id, tenant_id, execution_id, step_key, step_id, step_type, status, attempt,
                                           input, started_at)
            select $1::uuid, $2::uuid, $3::uuid, $4::varchar, $5::varchar, $6::varchar, 'RUNNING', $7::integer,
                   $8::text, $9::timestamptz
            from workflow_execution e where e.id = $3::uuid and e.tenant_id = $2::uuid and e.status = 'RUNNING'
            on conflict (execution_id, step_key) do update set status = 'RUNNING', attempt = excluded.attempt,
                input = excluded.input, output = null, error = null, wait_until = null, edge = null,
                started_at = excluded.started_at, finished_at = null
            where workflow_step_run.tenant_id = excluded.tenant_id""";
    // step runs kept by a pass since its last write, written in the statement that flushes them or ends the pass
    private static final String PENDING_STEPS = """
            insert into workflow_step_run (id, tenant_id, execution_id, step_key, step_id, step_type, status, attempt, edge,
                                           input, output, error, wait_until, started_at, finished_at)
            select gen_random_uuid(), $2, $1, s.step_key, s.step_id, s.step_type, s.status, s.attempt, s.edge, s.input,
                   s.output, s.error, s.wait_until, s.started_at, s.finished_at
            from unnest($3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::integer[], $8::varchar[],
                        $9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[])
                 as s(step_key, step_id, step_type, status, attempt, edge, input, output, error, wait_until, started_at,
                      finished_at)
            on conflict (execution_id, step_key) do update set status = excluded.status, attempt = excluded.attempt,
                edge = excluded.edge, input = coalesce(excluded.input, workflow_step_run.input), output = excluded.output,
                error = excluded.error, wait_until = excluded.wait_until, started_at = excluded.started_at,
                finished_at = excluded.finished_at
            where workflow_step_run.tenant_id = excluded.tenant_id""";
    private static final String END_WITH_STEPS = "with steps as (" + PENDING_STEPS + """
            ),
            e as (
                update workflow_execution set status = $15, output = $16, error = $17, failed_step = $18, lease_until = null,
                                              updated_at = $19, finished_at = $20
                where id = $1 and tenant_id = $2 and status = 'RUNNING' returning id, workflow_id, sandbox),
            j as (
                update job set status = 'CANCELLED', updated_at = $19, finished_at = $19
                where tenant_id = $2 and correlation = $21 and status = 'PENDING'),
            failed as (
                insert into outbox (id, tenant_id, topic, payload, created_at)
                select gen_random_uuid(), $2, 'workflow.failed', json_build_object('executionId', e.id,
                       'workflowId', e.workflow_id, 'name', w.name, 'failedStep', $18::varchar, 'error', $17::text)::text, $19
                from e join workflow w on w.id = e.workflow_id and w.tenant_id = $2
                where $15::varchar = 'FAILED' and not e.sandbox)
            select count(*) as ended from e""";
    private static final String STEP_RUNS = """
            select step_key, step_id, step_type, status, attempt, edge, input, output, error, wait_until, started_at, finished_at
            from workflow_step_run where tenant_id = $1 and execution_id = $2 order by started_at, step_key""";
    // the RUNNING and WAITING runs of these steps (in this pass's iteration, or loops inside it), and their wake jobs
    private static final String CANCEL_STEPS = """
            with cancelled as (
                update workflow_step_run set status = 'CANCELLED', error = $5, wait_until = null, finished_at = $6
                where tenant_id = $1 and execution_id = $2 and step_id = any($3) and status in ('RUNNING', 'WAITING')
                  and (step_key = step_id || $4 or starts_with(step_key, step_id || $4 || '#'))
                returning step_key, step_type),
            jobs as (
                update job j set status = 'CANCELLED', updated_at = $6, finished_at = $6
                from cancelled c
                where j.tenant_id = $1 and j.kind = 'workflow.resume' and j.status = 'PENDING'
                  and starts_with(j.idempotency_key, 'wf:' || $2::text || ':' || c.step_key || ':'))
            select step_key, step_type from cancelled""";
    private static final String COLUMNS = """
            e.id, e.workflow_id, w.name as workflow_name, e.version_number, e.business_id, e.status, e.trigger_type, e.trigger,
            e.output, e.error, e.failed_step, e.started_at, e.finished_at, e.sandbox""";

    private final Pool pool;
    private final RelaxedPool relaxed;
    private final JobConfig jobs;
    private final LimitNotices notices;

    public ExecutionStore(Pool pool, RelaxedPool relaxed, JobConfig jobs, LimitNotices notices) {
        this.pool = pool;
        this.relaxed = relaxed;
        this.jobs = jobs;
        this.notices = notices;
    }

    /** {@code sandbox}: a test run (see V62): nothing it does leaves the product. */
    public record NewExecution(UUID tenantId, UUID workflowId, int version, UUID businessId, String triggerType,
            String triggerRef, Map<String, Object> trigger, boolean sandbox) {
    }

    public record Claimed(int pass, UUID workflowId, int version, UUID businessId, String trigger, boolean sandbox) {
    }

    public record StepRunRow(String stepKey, String stepId, String stepType, StepRunStatus status, int attempt,
            String edge, String input, String output, String error, Instant waitUntil, Instant startedAt,
            Instant finishedAt) {
    }

    public record ExecutionRow(UUID id, UUID workflowId, String workflowName, int version, UUID businessId,
            ExecutionStatus status, String triggerType, String trigger, String output, String error, String failedStep,
            Instant startedAt, Instant finishedAt, boolean sandbox) {
    }

    /**
     * A stored execution: SKIPPED (over the plan's executions per day) with {@code skipped} the reason, or taken for its
     * first pass ({@code claimed}, leased until {@code leaseUntil}).
     */
    public record Inserted(UUID id, String skipped, Claimed claimed, Instant leaseUntil) {
    }

    /**
     * Stores a new execution already taken for its first pass, with the job that takes it over if that pass dies (one
     * statement), then counts it against the tenant's executions per day (UTC). Null when its trigger reference started
     * one before (nothing is counted then). Over the limit it is stored SKIPPED with the reason (its job cancelled),
     * or, when {@code refuseOverLimit}, removed again and a {@link DailyLimitReached} fails the Uni. Either way the
     * owners hear of it once per UTC day ({@link LimitNotices}).
     */
    public Uni<Inserted> insert(NewExecution e, Instant now, Instant leaseUntil, boolean refuseOverLimit) {
        UUID id = UUID.randomUUID();
        String trigger = JsonText.write(e.trigger());
        Tuple values = Tuple.tuple().addUUID(id).addUUID(e.tenantId()).addUUID(e.workflowId()).addInteger(e.version())
                .addUUID(e.businessId()).addString(e.triggerType()).addString(e.triggerRef()).addString(trigger)
                .addValue(at(now)).addValue(at(leaseUntil)).addUUID(UUID.randomUUID())
                .addString(JsonText.write(Map.of("executionId", id.toString()))).addInteger(jobs.maxAttempts())
                .addInteger((int) jobs.backoff().toSeconds()).addString("wf:" + id + ":lease:1")
                .addString(leaseCorrelation(id)).addBoolean(e.sandbox());
        return pool.preparedQuery(INSERT_CLAIMED).execute(values).chain(rows -> rows.size() == 0
                ? Uni.createFrom().<Inserted>nullItem()
                : takeOne(e.tenantId(), now).chain(taken -> taken
                        ? Uni.createFrom().item(new Inserted(id, null, new Claimed(1, e.workflowId(), e.version(),
                                e.businessId(), trigger, e.sandbox()), leaseUntil))
                        : overLimit(e.tenantId(), id, now, refuseOverLimit)));
    }

    /**
     * One more execution today for the tenant, unless its plan allows no more. On the relaxed pool: the tenant's
     * counter row is locked only for the statement, not for a disk flush (a crash may forget a few counts).
     */
    private Uni<Boolean> takeOne(UUID tenantId, Instant now) {
        return relaxed.pool().preparedQuery(TAKE_ONE)
                .execute(Tuple.of(tenantId, now.atOffset(ZoneOffset.UTC).toLocalDate())).map(rows -> rows.size() > 0);
    }

    /** The plan allows no more executions today. */
    public static class DailyLimitReached extends RuntimeException {
        public final long allowed;

        DailyLimitReached(long allowed) {
            super("The plan's " + allowed + " workflow executions per day are used up");
            this.allowed = allowed;
        }
    }

    private Uni<Inserted> overLimit(UUID tenantId, UUID id, Instant now, boolean refuse) {
        return pool.preparedQuery(ALLOWED_PER_DAY).execute(Tuple.of(tenantId)).chain(rows -> {
            Row plan = rows.size() == 0 ? null : rows.iterator().next();
            long allowed = plan == null ? 0 : plan.getInteger("allowed");
            String code = plan == null ? "" : plan.getString("code");
            return notices.reached(tenantId, LIMIT, allowed, code).chain(() -> refuseOrSkip(tenantId, id, now, refuse,
                    new DailyLimitReached(allowed)));
        });
    }

    private Uni<Inserted> refuseOrSkip(UUID tenantId, UUID id, Instant now, boolean refuse, DailyLimitReached reached) {
        if (refuse) {
            return pool.preparedQuery(REFUSE_CLAIMED).execute(Tuple.of(id, tenantId, leaseCorrelation(id)))
                    .chain(() -> Uni.createFrom().failure(reached));
        }
        String reason = reached.getMessage() + " (UTC day); not run";
        return pool.preparedQuery(SKIP_CLAIMED).execute(Tuple.of(id, tenantId, reason, at(now), leaseCorrelation(id)))
                .replaceWith(new Inserted(id, reason, null, null));
    }

    /**
     * Takes the execution for one pass of this instance: it must be open and not held by a live pass. Writes the job
     * that takes it over if this instance dies before the pass ends. Null when it is finished or held.
     */
    public Uni<Claimed> claim(UUID tenantId, UUID id, Instant now, Instant leaseUntil) {
        return pool.withTransaction(c -> c.preparedQuery(CLAIM)
                .execute(Tuple.of(id, tenantId, at(leaseUntil), at(now))).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row row = rows.iterator().next();
                    Claimed claimed = new Claimed(row.getInteger("passes"), row.getUUID("workflow_id"),
                            row.getInteger("version_number"), row.getUUID("business_id"), row.getString("trigger"),
                            row.getBoolean("sandbox"));
                    return leaseJob(c, tenantId, id, claimed.pass(), leaseUntil, now).replaceWith(claimed);
                }));
    }

    /**
     * Pushes a running pass's lease forward, with its recovery job: a long pass is not taken over while it is alive.
     * False when the pass lost the execution (cancelled, or taken over).
     */
    public Uni<Boolean> extendLease(UUID tenantId, UUID id, int pass, Instant until, Instant now) {
        return pool.withTransaction(c -> c.preparedQuery("""
                update workflow_execution set lease_until = $4, updated_at = $5
                where id = $1 and tenant_id = $2 and passes = $3 and status = 'RUNNING'""")
                .execute(Tuple.of(id, tenantId, pass, at(until), at(now))).chain(rows -> rows.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : c.preparedQuery("""
                                update job set run_at = $3, updated_at = $4
                                where tenant_id = $1 and idempotency_key = $2 and status = 'PENDING'""")
                                .execute(Tuple.of(tenantId, "wf:" + id + ":lease:" + pass, at(until), at(now)))
                                .replaceWith(true)));
    }

    /** A job that resumes the execution at a time: after a delay, a retry's backoff. */
    public Uni<Void> wakeAt(UUID tenantId, UUID executionId, String key, Instant at, Instant now) {
        return job(pool, tenantId, executionId, "wf:" + executionId + ":" + key, null, at, now);
    }

    public Uni<List<StepRunRow>> stepRuns(UUID tenantId, UUID executionId) {
        return pool.preparedQuery(STEP_RUNS).execute(Tuple.of(tenantId, executionId)).map(rows -> {
            List<StepRunRow> all = new ArrayList<>();
            rows.forEach(r -> all.add(new StepRunRow(r.getString("step_key"), r.getString("step_id"),
                    r.getString("step_type"), StepRunStatus.valueOf(r.getString("status")), r.getInteger("attempt"),
                    r.getString("edge"), r.getString("input"), r.getString("output"), r.getString("error"),
                    instant(r.getOffsetDateTime("wait_until")), instant(r.getOffsetDateTime("started_at")),
                    instant(r.getOffsetDateTime("finished_at")))));
            return all;
        });
    }

    /**
     * Records a step with an external effect as RUNNING, only while its execution is RUNNING (one statement); false
     * when the execution was cancelled meanwhile, and then nothing is written.
     */
    public Uni<Boolean> startEffect(UUID tenantId, UUID executionId, StepRunRow run) {
        Tuple values = Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(tenantId).addUUID(executionId)
                .addString(run.stepKey()).addString(run.stepId()).addString(run.stepType())
                .addInteger(run.attempt()).addString(run.input()).addValue(at(run.startedAt()));
        // relaxed: the step's effect is always preceded by a synchronous commit of its own (its idempotency claim, a
        // delivery row, a record it changes), which makes this one durable too
        return relaxed.pool().preparedQuery(START_EFFECT).execute(values).map(rows -> rows.rowCount() > 0);
    }

    public Uni<Void> saveStep(UUID tenantId, UUID executionId, StepRunRow run) {
        Tuple values = Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(tenantId).addUUID(executionId)
                .addString(run.stepKey()).addString(run.stepId()).addString(run.stepType()).addString(run.status().name())
                .addInteger(run.attempt()).addString(run.edge()).addString(run.input()).addString(run.output())
                .addString(run.error()).addValue(at(run.waitUntil())).addValue(at(run.startedAt()))
                .addValue(at(run.finishedAt()));
        return pool.preparedQuery(STEP).execute(values).replaceWithVoid();
    }

    /**
     * Ends the pass in one statement: the step runs it kept, the execution's new status, its recovery jobs cancelled,
     * and, when it FAILED outside a test run, the event {@value #FAILED_TOPIC} through the outbox. False (the step runs
     * still written) if the execution was cancelled meanwhile.
     */
    public Uni<Boolean> endPass(UUID tenantId, UUID id, ExecutionStatus status, String output, String error,
            String failedStep, Instant now, List<StepRunRow> pending) {
        Tuple values = steps(tenantId, id, pending).addString(status.name()).addString(output).addString(error)
                .addString(failedStep).addValue(at(now)).addValue(status == ExecutionStatus.WAITING ? null : at(now))
                .addString(leaseCorrelation(id));
        return pool.preparedQuery(END_WITH_STEPS).execute(values)
                .map(rows -> rows.iterator().next().getLong("ended") > 0);
    }

    /** Writes the step runs a pass kept (before a step with an effect, so progress is visible while it runs). */
    public Uni<Void> flush(UUID tenantId, UUID executionId, List<StepRunRow> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return relaxed.pool().preparedQuery(PENDING_STEPS).execute(steps(tenantId, executionId, pending))
                .replaceWithVoid();
    }

    private static Tuple steps(UUID tenantId, UUID executionId, List<StepRunRow> runs) {
        int n = runs.size();
        String[] keys = new String[n];
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] statuses = new String[n];
        Integer[] attempts = new Integer[n];
        String[] edges = new String[n];
        String[] inputs = new String[n];
        String[] outputs = new String[n];
        String[] errors = new String[n];
        OffsetDateTime[] waits = new OffsetDateTime[n];
        OffsetDateTime[] starts = new OffsetDateTime[n];
        OffsetDateTime[] ends = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            StepRunRow r = runs.get(i);
            keys[i] = r.stepKey();
            ids[i] = r.stepId();
            types[i] = r.stepType();
            statuses[i] = r.status().name();
            attempts[i] = r.attempt();
            edges[i] = r.edge();
            inputs[i] = r.input();
            outputs[i] = r.output();
            errors[i] = r.error();
            waits[i] = at(r.waitUntil());
            starts[i] = at(r.startedAt());
            ends[i] = at(r.finishedAt());
        }
        return Tuple.tuple().addUUID(executionId).addUUID(tenantId).addArrayOfString(keys).addArrayOfString(ids)
                .addArrayOfString(types).addArrayOfString(statuses).addArrayOfInteger(attempts).addArrayOfString(edges)
                .addArrayOfString(inputs).addArrayOfString(outputs).addArrayOfString(errors)
                .addArrayOfOffsetDateTime(waits).addArrayOfOffsetDateTime(starts).addArrayOfOffsetDateTime(ends);
    }

    /**
     * Ends the RUNNING and WAITING runs of these steps as CANCELLED (a losing parallel branch), in the pass whose key
     * suffix is given and the loop iterations inside it, with the jobs that would wake them. Returns the cancelled
     * step keys with their step types.
     */
    public Uni<Map<String, String>> cancelSteps(UUID tenantId, UUID executionId, Collection<String> stepIds,
            String suffix, String reason, Instant now) {
        if (stepIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Tuple values = Tuple.tuple().addUUID(tenantId).addUUID(executionId)
                .addArrayOfString(stepIds.toArray(String[]::new)).addString(suffix).addString(reason).addValue(at(now));
        return pool.preparedQuery(CANCEL_STEPS).execute(values).map(rows -> {
            Map<String, String> cancelled = new LinkedHashMap<>();
            rows.forEach(r -> cancelled.put(r.getString("step_key"), r.getString("step_type")));
            return cancelled;
        });
    }

    /** Cancels an open execution and every job that would wake it. False when it was not open. */
    public Uni<Boolean> cancel(UUID tenantId, UUID id, Instant now) {
        return pool.withTransaction(c -> c.preparedQuery("""
                update workflow_execution set status = 'CANCELLED', lease_until = null, updated_at = $3, finished_at = $3
                where id = $1 and tenant_id = $2 and status in ('RUNNING', 'WAITING')""")
                .execute(Tuple.of(id, tenantId, at(now))).chain(rows -> rows.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : c.preparedQuery("""
                                update job set status = 'CANCELLED', updated_at = $3, finished_at = $3
                                where tenant_id = $1 and kind = 'workflow.resume' and idempotency_key like $2
                                  and status = 'PENDING'""")
                                .execute(Tuple.of(tenantId, "wf:" + id + ":%", at(now))).replaceWith(true)));
    }

    /**
     * Opens a FAILED execution again from its failed step: that step runs again as its next attempt (a new
     * idempotency key, since the failed attempt sent nothing); the steps that finished stay finished. False when the execution is not FAILED.
     */
    public Uni<Boolean> reopen(UUID tenantId, UUID id, Instant now) {
        return pool.withTransaction(c -> c.preparedQuery("""
                update workflow_execution set status = 'RUNNING', error = null, failed_step = null, finished_at = null,
                                              lease_until = null, updated_at = $3
                where id = $1 and tenant_id = $2 and status = 'FAILED'""")
                .execute(Tuple.of(id, tenantId, at(now))).chain(rows -> rows.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : c.preparedQuery("""
                                update workflow_step_run set status = 'WAITING', edge = 'retry', wait_until = $3
                                where tenant_id = $1 and execution_id = $2 and status = 'FAILED'
                                  and coalesce(edge, '') <> 'onError'""")
                                .execute(Tuple.of(tenantId, id, at(now))).replaceWith(true)));
    }

    public Uni<ExecutionRow> find(UUID tenantId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from workflow_execution e join workflow w on w.id = e.workflow_id"
                + " where e.tenant_id = $1 and e.id = $2").execute(Tuple.of(tenantId, id))
                .map(rows -> rows.size() == 0 ? null : execution(rows.iterator().next()));
    }

    public Uni<List<ExecutionRow>> list(UUID tenantId, ExecutionStatus status, UUID workflowId, int limit) {
        Tuple values = Tuple.tuple().addUUID(tenantId).addString(status == null ? null : status.name())
                .addUUID(workflowId).addInteger(limit);
        return pool.preparedQuery("select " + COLUMNS + " from workflow_execution e join workflow w on w.id = e.workflow_id"
                + " where e.tenant_id = $1 and ($2::text is null or e.status = $2::text) and ($3::uuid is null or e.workflow_id = $3)"
                + " order by e.started_at desc limit $4").execute(values).map(rows -> {
                    List<ExecutionRow> all = new ArrayList<>();
                    rows.forEach(r -> all.add(execution(r)));
                    return all;
                });
    }

    private Uni<Void> leaseJob(SqlClient client, UUID tenantId, UUID executionId, int pass, Instant at, Instant now) {
        return job(client, tenantId, executionId, "wf:" + executionId + ":lease:" + pass, leaseCorrelation(executionId),
                at, now);
    }

    private Uni<Void> job(SqlClient client, UUID tenantId, UUID executionId, String key, String correlation, Instant at,
            Instant now) {
        Tuple values = Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(tenantId)
                .addString(JsonText.write(Map.of("executionId", executionId.toString()))).addValue(at(at))
                .addInteger(jobs.maxAttempts()).addInteger((int) jobs.backoff().toSeconds()).addString(key)
                .addString(correlation).addValue(at(now));
        return client.preparedQuery(JOB).execute(values).replaceWithVoid();
    }

    private static String leaseCorrelation(UUID executionId) {
        return "wf-lease:" + executionId;
    }

    private static ExecutionRow execution(Row r) {
        return new ExecutionRow(r.getUUID("id"), r.getUUID("workflow_id"), r.getString("workflow_name"),
                r.getInteger("version_number"), r.getUUID("business_id"), ExecutionStatus.valueOf(r.getString("status")),
                r.getString("trigger_type"), r.getString("trigger"), r.getString("output"), r.getString("error"),
                r.getString("failed_step"), instant(r.getOffsetDateTime("started_at")),
                instant(r.getOffsetDateTime("finished_at")), r.getBoolean("sandbox"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
