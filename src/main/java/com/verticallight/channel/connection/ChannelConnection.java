package com.verticallight.channel.connection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.json.JsonColumn;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A business's connection to one platform: its ids there, encrypted credentials, mode and health. */
@Entity
@Table(name = "channel_connection")
public class ChannelConnection extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public ChannelKind kind;

    public String name;

    @Convert(converter = IdsColumn.class)
    @Column(name = "platform_ids")
    public Map<String, String> platformIds;

    /** AES-GCM ciphertext of the credentials as JSON; never leaves the service. */
    @Column(name = "credentials_ciphertext")
    public String credentialsCiphertext;

    @Enumerated(EnumType.STRING)
    public ConnectionMode mode;

    @Enumerated(EnumType.STRING)
    public ConnectionStatus status;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @Converter
    public static class IdsColumn extends JsonColumn<Map<String, String>> {
        public IdsColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
