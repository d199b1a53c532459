package com.verticallight.identity;

import com.verticallight.platform.validation.CurrencyCode;
import com.verticallight.platform.validation.LanguageTag;
import com.verticallight.platform.validation.TimeZoneId;
import com.verticallight.tenant.PlanCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the sign-up and sign-in flows. */
public final class AuthRequests {

    private AuthRequests() {
    }

    public record Signup(
            @NotBlank @Size(max = 200) String accountName,
            @NotBlank @Size(max = 200) String ownerName,
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull @AcceptablePassword String password,
            @Schema(description = "Only TRIAL (or absent): every account starts on the trial; a paid plan is "
                    + "bought afterwards through POST /api/v1/billing/plan") PlanCode plan,
            @LanguageTag String locale,
            @CurrencyCode String currency,
            @TimeZoneId String timeZone) {
    }

    public record Login(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1000) String password) {
    }

    public record Refresh(@NotBlank @Size(max = 512) String refreshToken) {
    }

    public record AcceptInvite(
            @NotBlank @Size(max = 512) String inviteToken,
            @NotBlank @Size(max = 200) String name,
            @NotNull @AcceptablePassword String password) {
    }

    public record ChangePassword(@NotBlank @Size(max = 1000) String currentPassword,
            @NotNull @AcceptablePassword String newPassword) {
    }
}
