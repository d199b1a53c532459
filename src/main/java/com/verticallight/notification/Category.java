package com.verticallight.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a notification is about; each person chooses per category whether and where to hear of it. */
@Schema(name = "NotificationCategory")
public enum Category {
    LEAD, REVIEW, TASK, APPROVAL, DELIVERY, PLAN, INSIGHT, ANOMALY, MODEL, WORKFLOW, SYSTEM, SECURITY, BILLING
}
