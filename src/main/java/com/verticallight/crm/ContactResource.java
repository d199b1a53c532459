package com.verticallight.crm;

import com.verticallight.channel.ChannelKind;
import com.verticallight.crm.ChannelRequests.ConsentGrant;
import com.verticallight.crm.ChannelRequests.OptOut;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contacts")
@Tag(name = "Contacts", description = "Customers and leads, with consent and opt-out per channel")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContactResource {

    private final ContactService contacts;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "List contacts, optionally with a tag or matching a search, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of contacts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactPage> list(
            @Parameter(description = "Only contacts with this tag") @QueryParam("tag") @Size(max = 40) String tag,
            @Parameter(description = "Part of the name, email or phone number") @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return contacts.list(tag, q, limit, offset);
    }

    @GET
    @Path("/{contactId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One contact with its consent and opt-outs per channel")
    @APIResponse(responseCode = "200", description = "The contact", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such contact", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactView> get(@PathParam("contactId") UUID contactId) {
        return contacts.get(contactId);
    }

    @POST
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Add a contact; the phone is stored in E.164")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another contact has this phone or email", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull ContactRequest request) {
        return contacts.create(request)
                .map(created -> Response.status(201).header("Location", "/api/v1/contacts/" + created.id())
                        .entity(created).build());
    }

    @PUT
    @Path("/{contactId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace a contact's details (consent and opt-outs stay)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such contact", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another contact has this phone or email", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactView> replace(@PathParam("contactId") UUID contactId, @Valid @NotNull ContactRequest request) {
        return contacts.replace(contactId, request);
    }

    @DELETE
    @Path("/{contactId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Delete a contact with its consent records")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such contact", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("contactId") UUID contactId) {
        return contacts.delete(contactId);
    }

    @PUT
    @Path("/{contactId}/channels/{channel}/consent")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Record the contact's consent to be messaged on a channel")
    @APIResponse(responseCode = "200", description = "The contact with the consent recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such contact or channel", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactView> grantConsent(@PathParam("contactId") UUID contactId, @PathParam("channel") ChannelKind channel,
            @Valid @NotNull ConsentGrant grant) {
        return contacts.grantConsent(contactId, channel, grant.source());
    }

    @POST
    @Path("/{contactId}/channels/{channel}/opt-out")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Opt the contact out of a channel: nothing more is sent to them there")
    @APIResponse(responseCode = "200", description = "The contact, opted out (repeating it changes nothing)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such contact or channel", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactView> optOut(@PathParam("contactId") UUID contactId, @PathParam("channel") ChannelKind channel,
            @Valid @NotNull OptOut optOut) {
        return contacts.optOutAndShow(contactId, channel, optOut.reason());
    }

    @DELETE
    @Path("/{contactId}/channels/{channel}/opt-out")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Re-subscribe the contact to a channel; needs consent recorded after the opt-out")
    @APIResponse(responseCode = "200", description = "The contact, subscribed again", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such contact or channel", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No new consent since the opt-out", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactView> resubscribe(@PathParam("contactId") UUID contactId, @PathParam("channel") ChannelKind channel) {
        return contacts.resubscribe(contactId, channel);
    }
}
