package com.verticallight.identity;

import com.verticallight.i18n.Text;
import com.verticallight.identity.UserViews.Invite;
import com.verticallight.identity.UserViews.InviteCreated;
import com.verticallight.identity.UserViews.LanguageChoice;
import com.verticallight.identity.UserViews.Me;
import com.verticallight.identity.UserViews.RoleChange;
import com.verticallight.identity.UserViews.UserView;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
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
@Tag(name = "Team", description = "The people of a tenant")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UserResource {

    private final UserService users;
    private final AuthService auth;
    private final SecurityEvents securityEvents;
    private final CurrentTenant currentTenant;

    public UserResource(UserService users, AuthService auth, SecurityEvents securityEvents, CurrentTenant currentTenant) {
        this.users = users;
        this.auth = auth;
        this.securityEvents = securityEvents;
        this.currentTenant = currentTenant;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The signed-in user, tenant and permissions")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Uni<Me> me() {
        return users.me();
    }

    @PUT
    @Path("/me/language")
    @Authenticated
    @Operation(summary = "Save the signed-in user's language for the web app (follows them to every device)")
    @APIResponse(responseCode = "200", description = "The caller with the language", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "400", description = "Not a language tag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a user (an API key)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Me> chooseLanguage(@Valid @NotNull LanguageChoice choice) {
        return users.chooseLanguage(choice.language());
    }

    @PUT
    @Path("/me/password")
    @Authenticated
    @Operation(summary = "Change your password: every session of yours ends, and a new one is returned")
    @APIResponse(responseCode = "200", description = "Changed; new tokens", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Wrong current password or an unacceptable new one", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong passwords; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TokenResponse> changePassword(@Valid @NotNull AuthRequests.ChangePassword change,
            @Context HttpServerRequest http) {
        UUID self = currentTenant.userId()
                .orElseThrow(() -> ProblemException.forbidden(Text.of("identity.onlyPersonSignedCanChange")));
        return auth.changePassword(self, change, AuthResource.clientAddress(http));
    }

    @GET
    @Path("/security-events")
    @RolesAllowed(Permission.USERS_MANAGE)
    @Operation(summary = "Security notices for the account, newest first (e.g. a sign-in locked after wrong passwords)")
    @APIResponse(responseCode = "200", description = "The latest 100 notices", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecurityEvents.SecurityEvent.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<SecurityEvents.SecurityEvent>> securityEvents() {
        return securityEvents.latest(currentTenant.id(), 100);
    }

    @GET
    @Path("/users")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "List the team")
    @APIResponse(responseCode = "200", description = "Team members and pending invitations", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UserView.class)))
    public Uni<List<UserView>> list() {
        return users.list();
    }

    @GET
    @Path("/users/{userId}")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "One team member")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", description = "No such member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<UserView> get(@PathParam("userId") UUID userId) {
        return users.get(userId);
    }

    @POST
    @Path("/users")
    @RolesAllowed(Permission.USERS_MANAGE)
    @Operation(summary = "Invite someone to the team (takes a seat of the plan)")
    @APIResponse(responseCode = "201", description = "Invited; share the token with them", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InviteCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Email already registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> invite(@Valid @NotNull Invite invite) {
        return users.invite(invite).map(created -> Response.status(201).entity(created).build());
    }

    @PUT
    @Path("/users/{userId}/role")
    @RolesAllowed(Permission.USERS_MANAGE)
    @Operation(summary = "Change a member's role")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or missing role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Would leave no owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<UserView> changeRole(@PathParam("userId") UUID userId, @Valid @NotNull RoleChange change) {
        return users.changeRole(userId, change.role());
    }

    @DELETE
    @Path("/users/{userId}")
    @RolesAllowed(Permission.USERS_MANAGE)
    @Operation(summary = "Remove a member (frees the seat)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Cannot remove yourself or the last owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> remove(@PathParam("userId") UUID userId) {
        return users.remove(userId);
    }
}
