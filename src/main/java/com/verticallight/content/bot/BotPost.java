package com.verticallight.content.bot;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A post the bot prepared for one platform and day: the approval queue's item, then its publication. */
@Entity
@Table(name = "content_post")
public class BotPost extends TenantOwned {

    public enum Writer { TEMPLATE, LLM }

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "connection_id")
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    public ChannelKind platform;

    /** e.g. 2026-W49 */
    @Column(name = "iso_week")
    public String isoWeek;

    /** The day it was prepared for; with the platform, the idempotency of the week's generation. */
    @Column(name = "slot_date")
    public LocalDate slotDate;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    public PostStatus status;

    public String text;

    public String theme;

    public String festival;

    public String language;

    @Column(name = "image_url")
    public String imageUrl;

    @Enumerated(EnumType.STRING)
    public Writer writer;

    /** Google Business Profile call to action (LEARN_MORE with the website, else CALL). */
    @Column(name = "call_to_action")
    public String callToAction;

    public String link;

    @Column(name = "platform_post_id")
    public String platformPostId;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public String error;

    /** Published through a sandbox connection: recorded as "would have been posted", not posted. */
    public boolean simulated;

    /** Why the owner must read it before it goes out (a price, discount or offer the business has not set). */
    @Column(name = "needs_review")
    public String needsReview;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
