package com.verticallight.channel.connect;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A platform connect flow a person started for a business; its state is single use and short lived. */
@Entity
@Table(name = "connect_flow")
public class ConnectFlow extends TenantOwned {

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public ConnectProvider provider;

    /** SHA-256 of the state handed to the browser; the state itself is never stored. */
    @Column(name = "state_hash")
    public String stateHash;

    /** Google's PKCE code verifier, encrypted. */
    @Column(name = "verifier_ciphertext")
    public String verifierCiphertext;

    /** The Pages, Instagram accounts or locations to choose from, with their tokens, encrypted; cleared once chosen. */
    @Column(name = "choices_ciphertext")
    public String choicesCiphertext;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "chosen_at")
    public Instant chosenAt;
}
