package com.verticallight.platform.reflection;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The one place where the types Jackson reads or writes outside REST signatures are registered for a native image
 * (job payloads, JSON columns, stored actions, workflow definitions). ReflectionRegistrationTest fails when a new
 * one is missing here. Names, not class literals: several payloads are private records of their feature.
 */
@RegisterForReflection(classNames = {
        "com.verticallight.analytics.churn.ChurnModel",
        "com.verticallight.analytics.anomaly.LabelledAccuracy$Cut",
        "com.verticallight.analytics.forecast.ForecastState",
        "com.verticallight.analytics.segment.SegmentModel",
        "com.verticallight.analytics.segment.SegmentModel$Segment",
        "com.verticallight.analytics.spend.SpendModel",
        "com.verticallight.appointment.AppointmentReminders$Payload",
        "com.verticallight.business.CategoryConfig",
        "com.verticallight.business.OpeningPeriod",
        "com.verticallight.business.PostingWindow",
        "com.verticallight.channel.ChannelKind",
        "com.verticallight.channel.connect.Candidate",
        "com.verticallight.channel.connector.EngagementCounts",
        "com.verticallight.channel.connector.OutboundAction",
        "com.verticallight.channel.connector.OutboundAction$ActionType",
        "com.verticallight.channel.connector.PlatformRequest",
        "com.verticallight.channel.gateway.ScheduledActionJob$Payload",
        "com.verticallight.content.bot.PublishSchedule$Payload",
        "com.verticallight.content.bot.WeekSchedule$Payload",
        "com.verticallight.content.engagement.EngagementTracker$Payload",
        "com.verticallight.execution.plan.DayRunPayload",
        "com.verticallight.i18n.Phrase",
        "com.verticallight.i18n.Words",
        "com.verticallight.intelligence.daily.DailyPayload",
        "com.verticallight.lead.FollowUpStep",
        "com.verticallight.lead.LeadAdJob$Payload",
        "com.verticallight.lead.LeadFirstReply$Payload",
        "com.verticallight.lead.LeadPriority",
        "com.verticallight.lead.LeadRule",
        "com.verticallight.lead.LeadSource",
        "com.verticallight.lead.RuleMatch",
        "com.verticallight.notification.Category",
        "com.verticallight.notification.Channel",
        "com.verticallight.notification.Preferences",
        "com.verticallight.notification.Preferences$CategoryChoice",
        "com.verticallight.notification.Preferences$QuietHours",
        "com.verticallight.payment.PaymentOverdueJob$Payload",
        "com.verticallight.platform.outbox.OutboxEvent",
        "com.verticallight.payment.PaymentReminderJob$Payload",
        "com.verticallight.referral.ReferralCodes$SendPayload",
        "com.verticallight.referral.SaleService$RequestPayload",
        "com.verticallight.review.ReviewSyncSchedule$Payload",
        "com.verticallight.tier.CrmExportService$Payload",
        "com.verticallight.workflow.definition.WorkflowDefinition",
        "com.verticallight.workflow.definition.WorkflowDefinition$InputSchema",
        "com.verticallight.workflow.definition.WorkflowDefinition$StepDefinition",
        "com.verticallight.workflow.definition.WorkflowDefinition$TriggerDefinition",
        "com.verticallight.workflow.trigger.WorkflowSchedules$Fire"
})
public final class ReflectionConfiguration {

    private ReflectionConfiguration() {
    }
}
