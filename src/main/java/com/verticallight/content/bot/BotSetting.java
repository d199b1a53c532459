package com.verticallight.content.bot;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** How the content bot works for a business. Absent means all off. */
@Entity
@Table(name = "content_bot_setting")
public class BotSetting extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    /** The bot prepares each week's posts (and the daily plan leaves those days' posts to it). */
    @Column(name = "weekly_content")
    public boolean weeklyContent;

    /** Drafts are approved (and scheduled) as soon as they are written. */
    @Column(name = "auto_publish")
    public boolean autoPublish;

    /** Texts come from the configured chat-completions endpoint, with the templates as the fallback. */
    @Column(name = "llm_enabled")
    public boolean llmEnabled;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
