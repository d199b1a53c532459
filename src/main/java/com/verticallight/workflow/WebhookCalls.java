package com.verticallight.workflow;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.verticallight.platform.crypto.Hmac;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.definition.PublishedVersions;
import com.verticallight.workflow.execution.ExecutionStatus;
import com.verticallight.workflow.execution.WorkflowRuns;
import com.verticallight.workflow.trigger.WebhookTrigger;
import com.verticallight.workflow.trigger.WorkflowWebhooks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A call of a workflow's public webhook: the signature (or token) is checked against the workflow's secret before
 * the body is read, then the hourly limit, then the body (a JSON object, size-capped, no duplicate keys or trailing
 * data) starts one execution as the workflow's tenant.
 */
@ApplicationScoped
public class WebhookCalls {

    private static final String SIGNATURE_PREFIX = "sha256=";

    private final WorkflowWebhooks webhooks;
    private final WorkflowRuns runs;
    private final PublishedVersions versions;
    private final CurrentTenant currentTenant;
    private final WorkflowConfig config;
    private final ObjectReader strict;

    public WebhookCalls(WorkflowWebhooks webhooks, WorkflowRuns runs, PublishedVersions versions,
            CurrentTenant currentTenant, WorkflowConfig config, ObjectMapper json) {
        this.webhooks = webhooks;
        this.runs = runs;
        this.versions = versions;
        this.currentTenant = currentTenant;
        this.config = config;
        this.strict = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /** Over the workflow's calls per hour: wait this many seconds. */
    public static class TooManyCalls extends RuntimeException {
        public final long retryAfterSeconds;

        TooManyCalls(long retryAfterSeconds) {
            super("Too many calls of this webhook this hour");
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** What the call answers: 202 with the id (output null), or 200 with the output of a sync run that ended. */
    public record Answer(boolean finished, WorkflowViews.WebhookAnswer body) {
    }

    public Uni<Answer> call(UUID workflowId, String signature, String token, byte[] body) {
        return webhooks.target(workflowId).chain(target -> {
            if (target == null) {
                throw ProblemException.notFound("Workflow webhook");
            }
            requireProof(target.secret(), signature, token, body);
            return webhooks.hit(workflowId).chain(wait -> {
                if (wait > 0) {
                    throw new TooManyCalls(wait);
                }
                Map<String, Object> payload = parse(body);
                return currentTenant.runAs(target.tenantId(), () -> start(target, payload));
            });
        });
    }

    private Uni<Answer> start(WorkflowWebhooks.Target target, Map<String, Object> payload) {
        return syncWait(target).chain(wait -> runs.webhook(new WorkflowRuns.RunTarget(target.workflowId(),
                target.publishedVersion(), target.paused(), target.triggerType(), target.businessId()), payload)
                .chain(started -> {
                    Answer accepted = new Answer(false, new WorkflowViews.WebhookAnswer(started.executionId(),
                            ExecutionStatus.RUNNING, null, null));
                    if (wait == null) {
                        return Uni.createFrom().item(accepted);
                    }
                    // the pass answers with its end (stored before it completes): nothing to read back
                    return started.done().ifNoItem().after(wait).recoverWithItem(() -> null)
                            .map(end -> end == null ? accepted : new Answer(true, new WorkflowViews.WebhookAnswer(
                                    started.executionId(), end.status(), end.output(), end.error())));
                }));
    }

    /** The sync wait of the workflow's published webhook trigger, or null (async). */
    private Uni<Duration> syncWait(WorkflowWebhooks.Target target) {
        return target.publishedVersion() == null ? Uni.createFrom().nullItem()
                : versions.definition(target.workflowId(), target.publishedVersion())
                        .map(definition -> WebhookTrigger.syncWait(definition.trigger()));
    }

    /** 401 unless the body's HMAC-SHA256 with the secret ("sha256=<hex>") or the token is the workflow's. */
    private static void requireProof(String secret, String signature, String token, byte[] body) {
        boolean signed = signature != null && signature.startsWith(SIGNATURE_PREFIX) && Hmac.equalsConstantTime(
                Hmac.sha256Hex(secret, body), signature.substring(SIGNATURE_PREFIX.length()).toLowerCase());
        boolean tokened = token != null && Hmac.equalsConstantTime(secret, token);
        if (!signed && !tokened) {
            throw ProblemException.unauthorized(Text.of("workflow.signatureWrong"));
        }
    }

    private Map<String, Object> parse(byte[] body) {
        if (body.length > config.webhookMaxBodyBytes()) {
            throw new ProblemException(Problem.of(413, "Content Too Large", Text.of("workflow.bodyTooLarge",
                    Map.of("max", config.webhookMaxBodyBytes()))));
        }
        try {
            JsonNode tree = body.length == 0 ? null : strict.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ProblemException.invalid("body", Text.of("workflow.jsonObject"));
            }
            return strict.forType(Map.class).readValue(tree);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", Text.of("workflow.bodyNotJson", Map.of("reason", String.valueOf(e.getOriginalMessage()))));
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", Text.of("workflow.notReadable"));
        }
    }
}
