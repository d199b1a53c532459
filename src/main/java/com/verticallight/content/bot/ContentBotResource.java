package com.verticallight.content.bot;

import com.verticallight.content.bot.BotViews.OwnDateRequest;
import com.verticallight.content.bot.BotViews.OwnDateView;
import com.verticallight.content.bot.BotViews.PostEdit;
import com.verticallight.content.bot.BotViews.PostView;
import com.verticallight.content.bot.BotViews.Reschedule;
import com.verticallight.content.bot.BotViews.SettingsRequest;
import com.verticallight.content.bot.BotViews.SettingsView;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Content bot", description = "The week's posts per platform, the approval queue and publishing")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business, post or date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContentBotResource {

    private final ContentBotService bot;

    public ContentBotResource(ContentBotService bot) {
        this.bot = bot;
    }

    @POST
    @Path("/businesses/{businessId}/content/weeks/{isoWeek}/generate")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Prepare the week's posts now, one per connected platform and day (what exists stays)")
    @APIResponse(responseCode = "200", description = "The week's posts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Not an ISO week, or a past week or one too far ahead", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PostView>> generate(@PathParam("businessId") UUID businessId,
            @Parameter(description = "ISO week, e.g. 2026-W49") @PathParam("isoWeek") String isoWeek) {
        return bot.generate(businessId, isoWeek);
    }

    @GET
    @Path("/businesses/{businessId}/content/weeks/{isoWeek}/posts")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The week's posts, by day and platform, optionally of one status")
    @APIResponse(responseCode = "200", description = "The posts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Not an ISO week, or an unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PostView>> week(@PathParam("businessId") UUID businessId, @PathParam("isoWeek") String isoWeek,
            @Parameter(description = "DRAFT, APPROVED, REJECTED, SCHEDULED, PUBLISHED or FAILED") @QueryParam("status") String status) {
        return bot.week(businessId, isoWeek, status(status));
    }

    @GET
    @Path("/content/posts/{postId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One post with its status and publication")
    @APIResponse(responseCode = "200", description = "The post", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    public Uni<PostView> get(@PathParam("postId") UUID postId) {
        return bot.get(postId);
    }

    @POST
    @Path("/content/posts/{postId}/approve")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Approve a post: it is scheduled to publish at its time")
    @APIResponse(responseCode = "200", description = "Scheduled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", description = "The platform would not take it, e.g. an Instagram post without imageUrl", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already rejected or published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PostView> approve(@PathParam("postId") UUID postId) {
        return bot.approve(postId);
    }

    @POST
    @Path("/content/posts/{postId}/reject")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Reject a post: it is never published")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", description = "Already rejected or published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PostView> reject(@PathParam("postId") UUID postId) {
        return bot.reject(postId);
    }

    @PATCH
    @Path("/content/posts/{postId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Change a post's text or image; the text is checked against the platform's rules")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", description = "The text breaks the platform's rules, or the image URL is invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already rejected or published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PostView> edit(@PathParam("postId") UUID postId, @Valid @NotNull PostEdit edit) {
        return bot.edit(postId, edit);
    }

    @POST
    @Path("/content/posts/{postId}/reschedule")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Move a post to another local time inside the business's posting windows")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "400", description = "Not a local date-time, outside the posting windows, or in the past", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already rejected or published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PostView> reschedule(@PathParam("postId") UUID postId, @Valid @NotNull Reschedule request) {
        return bot.reschedule(postId, request);
    }

    @GET
    @Path("/businesses/{businessId}/content/settings")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Whether the bot prepares the weeks, publishes without approval, and writes with the language model")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    public Uni<SettingsView> settings(@PathParam("businessId") UUID businessId) {
        return bot.settings(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/content/settings")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Change the content bot's settings; weekly content on schedules next week's preparation")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SettingsView> saveSettings(@PathParam("businessId") UUID businessId,
            @Valid @NotNull SettingsRequest request) {
        return bot.saveSettings(businessId, request);
    }

    @GET
    @Path("/businesses/{businessId}/content/dates")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's own dates that posts announce (anniversary sale...)")
    @APIResponse(responseCode = "200", description = "The dates", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnDateView.class, type = SchemaType.ARRAY)))
    public Uni<List<OwnDateView>> dates(@PathParam("businessId") UUID businessId) {
        return bot.ownDates(businessId);
    }

    @POST
    @Path("/businesses/{businessId}/content/dates")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Add a date of the business's own; the week containing it, or the one before, announces it")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnDateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid name or date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> addDate(@PathParam("businessId") UUID businessId, @Valid @NotNull OwnDateRequest request) {
        return bot.addOwnDate(businessId, request).map(view -> Response.status(201).entity(view).build());
    }

    @DELETE
    @Path("/content/dates/{dateId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Remove a date of the business's own")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> removeDate(@PathParam("dateId") UUID dateId) {
        return bot.removeOwnDate(dateId);
    }

    private static PostStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PostStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidKeyed("status", "error.oneOf",
                    java.util.Map.of("values", String.valueOf(List.of(PostStatus.values()))));
        }
    }
}
