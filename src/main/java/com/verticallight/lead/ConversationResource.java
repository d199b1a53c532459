package com.verticallight.lead;

import com.verticallight.identity.Permission;
import com.verticallight.lead.LeadViews.ConversationView;
import com.verticallight.lead.LeadViews.ManualMessage;
import com.verticallight.lead.LeadViews.ManualResult;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Beside ContactResource under the same path: a class at "/api/v1" would be shadowed by it for these routes. */
@Path("/api/v1/contacts")
@Tag(name = "Conversations", description = "A contact's messages on every channel, and replies by hand")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such contact", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ConversationResource {

    private final ConversationService conversations;

    public ConversationResource(ConversationService conversations) {
        this.conversations = conversations;
    }

    @GET
    @Path("/{contactId}/conversation")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The contact's messages and ours, oldest first, each of ours with its delivery status")
    @APIResponse(responseCode = "200", description = "The conversation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConversationView.class)))
    public Uni<ConversationView> conversation(@PathParam("contactId") UUID contactId) {
        return conversations.conversation(contactId);
    }

    @POST
    @Path("/{contactId}/messages")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Reply to the contact by hand; the send policy applies (opt-out, WhatsApp 24-hour window, quiet hours)")
    @APIResponse(responseCode = "200", description = "What happened: SENT, SIMULATED (sandbox), DEFERRED, REFUSED (with the reason) or FAILED", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid text or channel, or the contact cannot be reached on it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The channel is not connected", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ManualResult> reply(@PathParam("contactId") UUID contactId, @Valid @NotNull ManualMessage message) {
        return conversations.reply(contactId, message);
    }
}
