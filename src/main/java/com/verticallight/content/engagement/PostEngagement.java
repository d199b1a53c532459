package com.verticallight.content.engagement;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One published post and the engagement last read back from its platform. */
@Entity
@Table(name = "post_engagement")
public class PostEngagement extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "connection_id")
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    public ChannelKind channel;

    @Column(name = "platform_post_id")
    public String platformPostId;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "post_text")
    public String postText;

    @Column(name = "published_at")
    public Instant publishedAt;

    public Long likes;
    public Long comments;
    public Long shares;
    public Long reach;
    public Long views;

    public int reads;

    @Column(name = "last_read_at")
    public Instant lastReadAt;

    @Column(name = "next_read_at")
    public Instant nextReadAt;

    @Column(name = "last_error")
    public String lastError;

    @Version
    public int version;
}
