package com.verticallight.identity;

import com.verticallight.platform.validation.LanguageTag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the team and API key endpoints speak. */
public final class UserViews {

    private UserViews() {
    }

    @Schema(name = "User")
    public record UserView(UUID id, String email, String name, Role role, UserStatus status, Instant createdAt,
            @Schema(description = "The language chosen for the web app; null until chosen") String language) {

        static UserView of(AppUser u) {
            return new UserView(u.id, u.email, u.name, u.role, u.status, u.createdAt, u.language);
        }
    }

    @Schema(name = "Me")
    public record Me(UserView user, UUID tenantId, List<String> permissions) {
    }

    @Schema(name = "Invitation")
    public record Invite(@NotBlank @Email @Size(max = 320) String email, @Size(max = 200) String name,
            @NotNull Role role) {
    }

    @Schema(name = "InvitationCreated", description = "The invitation token is shown only once")
    public record InviteCreated(UserView user, String inviteToken, Instant expiresAt) {
    }

    @Schema(name = "LanguageChoice", description = "The web app's language for the signed-in user")
    public record LanguageChoice(@NotBlank @LanguageTag @Size(max = 35) String language) {
    }

    @Schema(name = "RoleChange")
    public record RoleChange(@NotNull Role role) {
    }

    @Schema(name = "ApiKeyRequest")
    public record ApiKeyRequest(@NotBlank @Size(max = 100) String name,
            @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 64) String> permissions) {
    }

    @Schema(name = "ApiKey")
    public record ApiKeyView(UUID id, String name, String prefix, List<String> permissions, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt) {

        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id, k.name, k.prefix, k.permissionList(), k.createdAt, k.lastUsedAt, k.revokedAt);
        }
    }

    @Schema(name = "ApiKeyCreated", description = "The key is shown only once; store it safely")
    public record ApiKeyCreated(ApiKeyView apiKey, String key) {
    }
}
