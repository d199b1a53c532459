package com.verticallight.channel.connect;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the connect-flow API speaks. Tokens never appear in any of these. */
public final class ConnectViews {

    private ConnectViews() {
    }

    @Schema(name = "ConnectOptions", description = "Which platform connect flows the operator configured")
    public record ConnectOptions(boolean facebook, boolean whatsapp, boolean google, String metaAppId,
            String whatsappConfigId, String graphVersion) {
    }

    @Schema(name = "ConnectStarted", description = "Send the browser to authorizationUrl (WhatsApp: run FB.login "
            + "with the configuration id and send the state back with the code)")
    public record StartedFlow(UUID flowId, ConnectProvider provider, String authorizationUrl, String state,
            Instant expiresAt) {
    }

    @Schema(name = "ConnectCallback", description = "What the platform sent back to the redirect URI")
    public record CallbackRequest(@NotBlank @Size(max = 200) String state, @NotBlank @Size(max = 2000) String code) {
    }

    @Schema(name = "ConnectChoice", description = "A Page, Instagram account or location that can be connected")
    public record Choice(ChannelKind kind, String id, String name, String detail) {
    }

    @Schema(name = "ConnectChoices")
    public record FlowChoices(UUID flowId, ConnectProvider provider, List<Choice> choices) {
    }

    @Schema(name = "ConnectPick")
    public record Picked(@NotNull ChannelKind kind, @NotBlank @Size(max = 200) String id) {
    }

    @Schema(name = "ConnectChoose", description = "The choices to connect; mode defaults to SANDBOX")
    public record ChooseRequest(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Picked> choices,
            ConnectionMode mode) {
    }

    @Schema(name = "WhatsAppSignup", description = "What FB.login and the Embedded Signup session returned")
    public record WhatsAppSignup(
            @NotBlank @Size(max = 200) String state,
            @NotBlank @Size(max = 2000) String code,
            @NotBlank @Pattern(regexp = "\\d{1,30}", message = "{vl.pattern.wabaId}") String wabaId,
            @NotBlank @Pattern(regexp = "\\d{1,30}", message = "{vl.pattern.phoneNumberId}") String phoneNumberId,
            @Pattern(regexp = "\\d{6}", message = "{vl.pattern.sixDigits}") String pin,
            ConnectionMode mode) {
    }
}
