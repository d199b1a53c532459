package com.verticallight.review;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.review.ReviewViews.OwnerReply;
import com.verticallight.review.ReviewViews.OwnerReplyResult;
import com.verticallight.review.ReviewViews.ReviewView;
import com.verticallight.review.ReviewViews.SyncResult;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Reviews", description = "Customer reviews read from Google, how each was answered, and the owner's replies")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business or review", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    private final ReviewService reviews;
    private final ReviewSync sync;

    public ReviewResource(ReviewService reviews, ReviewSync sync) {
        this.reviews = reviews;
        this.sync = sync;
    }

    @GET
    @Path("/businesses/{businessId}/reviews")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The stored reviews, newest first, with how each is handled and its reply status")
    @APIResponse(responseCode = "200", description = "The reviews", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class, type = SchemaType.ARRAY)))
    public Uni<List<ReviewView>> list(@PathParam("businessId") UUID businessId) {
        return reviews.list(businessId);
    }

    @POST
    @Path("/businesses/{businessId}/reviews/sync")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Read the Google reviews now and answer the new ones (4-5 stars automatically, others by you)")
    @APIResponse(responseCode = "200", description = "What the sync found and did", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncResult.class)))
    public Uni<SyncResult> sync(@PathParam("businessId") UUID businessId) {
        return sync.run(businessId).onItem().ifNull().failWith(() -> ProblemException.notFound("Business"));
    }

    @POST
    @Path("/reviews/{reviewId}/reply")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Post your own reply (e.g. the edited draft) to the review, recorded as your work")
    @APIResponse(responseCode = "200", description = "The review and how the post went", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnerReplyResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid text", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The review's connection was removed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<OwnerReplyResult> reply(@PathParam("reviewId") UUID reviewId, @Valid @NotNull OwnerReply reply) {
        return reviews.ownerReply(reviewId, reply);
    }
}
