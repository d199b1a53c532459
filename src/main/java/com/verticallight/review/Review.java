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
}
