package com.verticallight.notification;

/** What a notification is about; each person chooses per category whether and where to hear of it. */
public enum Category {
    LEAD, REVIEW, TASK, APPROVAL, DELIVERY, PLAN, INSIGHT, ANOMALY, MODEL, WORKFLOW, SYSTEM, SECURITY, BILLING
}
