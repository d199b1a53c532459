package com.verticallight.review;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer review read from a platform, remembered so it is answered once. */
@Entity
@Table(name = "review")
public class Review extends TenantOwned {

    public enum Handling {
        /** 4 or 5 stars: the automation thanks the reviewer. */
        AUTO_REPLY,
        /** 3 stars or fewer: a person answers, with guidance. */
        PERSON,
        /** Had a reply when first seen. */
        ALREADY_REPLIED
    }

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "connection_id")
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    public ChannelKind platform;

    @Column(name = "platform_review_id")
    public String platformReviewId;

    @Column(name = "reviewer_name")
    public String reviewerName;

    public int stars;

    public String comment;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public boolean replied;

    @Enumerated(EnumType.STRING)
    public Handling handling;

    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    /** Where the answer to this review stands; one answer whichever path (daily plan, sync, owner) gives it. */
    public enum ReplyStatus {
        NEW, REPLYING, REPLIED, SIMULATED, NEEDS_PERSON, FAILED
    }

    /** Who answered: the automation, the owner through the API, or someone before we saw the review. */
    public enum RepliedBy {
        AUTOMATION, OWNER, PLATFORM
    }

    /** The path that took the review on. */
    @Schema(name = "ReviewPath")
    public enum Path {
        DAILY_PLAN, REVIEW_SYNC, OWNER
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_status")
    public ReplyStatus replyStatus = ReplyStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(name = "replied_by")
    public RepliedBy repliedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_by")
    public Path answeredBy;

    @Column(name = "reply_text")
    public String replyText;

    @Column(name = "suggested_reply")
    public String suggestedReply;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Column(name = "manual_task_id")
    public UUID manualTaskId;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "contact_id")
    public UUID contactId;
}
