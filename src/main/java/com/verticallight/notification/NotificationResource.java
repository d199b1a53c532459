package com.verticallight.notification;

import com.verticallight.identity.Permission;
import com.verticallight.notification.NotificationRequests.MarkedRead;
import com.verticallight.notification.NotificationRequests.PushKey;
import com.verticallight.notification.NotificationRequests.PushSubscriptionRequest;
import com.verticallight.notification.NotificationRequests.PushSubscriptionView;
import com.verticallight.notification.NotificationRequests.TestNotificationRequest;
import com.verticallight.notification.NotificationRequests.UnreadCount;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in person's notification centre: list, unread count, read "
        + "marks, preferences and web push subscriptions. Live updates: the WebSocket /api/v1/notifications/socket")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Permission.TENANT_READ)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a person (an API key)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationResource {

    private final NotificationService notifications;
    private final VapidKeyStore vapid;

    public NotificationResource(NotificationService notifications, VapidKeyStore vapid) {
        this.notifications = notifications;
        this.vapid = vapid;
    }

    @GET
    @Operation(summary = "Your notifications, newest first")
    @APIResponse(responseCode = "200", description = "A page, the cursor of the next and the unread count", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NotificationPage> list(
            @Parameter(description = "Only older than this sequence (the previous page's nextBefore)") @QueryParam("before") @Min(1) Long before,
            @Parameter(description = "Only unread ones") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("limit") @DefaultValue("30") @Min(1) @Max(100) int limit) {
        return notifications.page(before, unread, limit);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of your notifications are unread")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    public Uni<UnreadCount> unread() {
        return notifications.unread().map(UnreadCount::new);
    }

    @GET
    @Path("/{notificationId}")
    @Operation(summary = "One notification with its deliveries per channel")
    @APIResponse(responseCode = "200", description = "The notification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification of yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NotificationView> get(@PathParam("notificationId") UUID notificationId) {
        return notifications.get(notificationId);
    }

    @POST
    @Path("/{notificationId}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "200", description = "Read", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification of yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NotificationView> read(@PathParam("notificationId") UUID notificationId) {
        return notifications.markRead(notificationId);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all your notifications read")
    @APIResponse(responseCode = "200", description = "How many were marked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MarkedRead.class)))
    public Uni<MarkedRead> readAll() {
        return notifications.markAllRead().map(MarkedRead::new);
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "Your notification preferences (your role's defaults until you save your own)")
    @APIResponse(responseCode = "200", description = "The preferences", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preferences.class)))
    public Uni<Preferences> preferences() {
        return notifications.preferences();
    }

    @PUT
    @Path("/preferences")
    @Operation(summary = "Save your notification preferences")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preferences.class)))
    @APIResponse(responseCode = "400", description = "Invalid preferences", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Preferences> savePreferences(@Valid @NotNull Preferences preferences) {
        return notifications.savePreferences(preferences);
    }

    @POST
    @Path("/test")
    @Operation(summary = "Send yourself a notification on your channels, to try them")
    @APIResponse(responseCode = "201", description = "Produced; its deliveries per channel", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid priority", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> test(@Valid @NotNull TestNotificationRequest request) {
        return notifications.test(request.priority()).map(n -> Response.status(201)
                .header("Location", "/api/v1/notifications/" + n.id()).entity(n).build());
    }

    @GET
    @Path("/push/key")
    @Operation(summary = "The VAPID public key for PushManager.subscribe (applicationServerKey)")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushKey.class)))
    public Uni<PushKey> pushKey() {
        return vapid.applicationServerKey().map(PushKey::new);
    }

    @POST
    @Path("/push/subscriptions")
    @Operation(summary = "Register this browser for web push")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushSubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> subscribe(@Valid @NotNull PushSubscriptionRequest request) {
        return notifications.subscribe(request).map(s -> Response.status(201).entity(s).build());
    }

    @DELETE
    @Path("/push/subscriptions/{subscriptionId}")
    @Operation(summary = "Stop web push to a browser")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscription of yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> unsubscribe(@PathParam("subscriptionId") UUID subscriptionId) {
        return notifications.unsubscribe(subscriptionId).replaceWith(Response.noContent().build());
    }
}
