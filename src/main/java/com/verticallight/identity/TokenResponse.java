package com.verticallight.identity;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A short-lived access token and a single-use refresh token")
public record TokenResponse(
        String accessToken,
        String tokenType,
        long expiresIn,
        String refreshToken,
        UUID tenantId,
        UUID userId,
        Role role,
        List<String> permissions) {
}
