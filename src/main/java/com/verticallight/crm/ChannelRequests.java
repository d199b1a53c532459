package com.verticallight.crm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the consent and opt-out routes. */
public final class ChannelRequests {

    private ChannelRequests() {
    }

    @Schema(name = "ConsentGrant")
    public record ConsentGrant(
            @NotBlank @Size(max = 200) @Schema(description = "How the contact agreed",
                    example = "Ticked the WhatsApp box on the booking form") String source) {
    }

    @Schema(name = "OptOut")
    public record OptOut(@Size(max = 200) @Schema(example = "Asked by phone") String reason) {
    }
}
