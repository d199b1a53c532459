package com.verticallight.workflow.step.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's answer to an approval step. */
@Schema(name = "WorkflowApprovalDecision", description = "{\"decision\":\"approve\"} or {\"decision\":\"reject\",\"comment\":\"too costly\"}")
public record ApprovalDecision(
        @NotNull @Pattern(regexp = "approve|reject", message = "{vl.pattern.approveReject}") String decision,
        @Size(max = 1000) String comment) {

    public Approvals.Decision value() {
        return "approve".equals(decision) ? Approvals.Decision.APPROVE : Approvals.Decision.REJECT;
    }
}
