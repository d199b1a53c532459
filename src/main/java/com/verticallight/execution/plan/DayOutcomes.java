package com.verticallight.execution.plan;

import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.execution.plan.DayPlanTask.Mode;
import com.verticallight.execution.plan.DayPlanTask.Status;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** How the gateway's answers become task statuses, and task statuses a plan status. */
final class DayOutcomes {

    static final Set<Status> FINISHED_WELL = EnumSet.of(Status.DONE, Status.SIMULATED, Status.WITHHELD);

    private DayOutcomes() {
    }

    /** The task's status after the gateway answered; null while the delivery is still in flight elsewhere. */
    static Status taskStatus(DeliveryStatus delivery) {
        return switch (delivery) {
            case SENT, DELIVERED, READ -> Status.DONE;
            case SIMULATED -> Status.SIMULATED;
            case FAILED, UNCERTAIN -> Status.FAILED; // UNCERTAIN: may not have arrived; the owner has a task
            case REFUSED, DEFERRED -> Status.WITHHELD;
            default -> null;
        };
    }

    /** DONE when every automated task went well, FAILED when none did, PARTIAL otherwise; RUNNING while any runs. */
    static DayPlan.Status planStatus(Collection<DayPlanTask> tasks) {
        var automated = tasks.stream().filter(t -> t.mode == Mode.AUTOMATED).toList();
        if (automated.stream().anyMatch(t -> t.status == Status.RUNNING || t.status == Status.PLANNED)) {
            return DayPlan.Status.RUNNING;
        }
        long good = automated.stream().filter(t -> FINISHED_WELL.contains(t.status)).count();
        if (good == automated.size()) {
            return DayPlan.Status.DONE;
        }
        return good == 0 ? DayPlan.Status.FAILED : DayPlan.Status.PARTIAL;
    }
}
