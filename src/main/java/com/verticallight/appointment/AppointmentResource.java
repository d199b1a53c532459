package com.verticallight.appointment;

import com.verticallight.appointment.AppointmentViews.AppointmentRequest;
import com.verticallight.appointment.AppointmentViews.AppointmentView;
import com.verticallight.appointment.AppointmentViews.RescheduleRequest;
import com.verticallight.execution.QueryParams;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
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
@Tag(name = "Appointments", description = "Appointments with WhatsApp/SMS reminders before each one; customers confirm or cancel by replying")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business or appointment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AppointmentResource {

    private final AppointmentService appointments;
    private final ReminderSettings settings;

    public AppointmentResource(AppointmentService appointments, ReminderSettings settings) {
        this.appointments = appointments;
        this.settings = settings;
    }

    @POST
    @Path("/businesses/{businessId}/appointments")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Book an appointment; its reminders are scheduled at once (24 h and 2 h before by default)")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a start in the past or a contact without a phone", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("businessId") UUID businessId, @Valid @NotNull AppointmentRequest request) {
        return appointments.create(businessId, request).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("/businesses/{businessId}/appointments")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's appointments by start (at most 500), optionally of a time range and status")
    @APIResponse(responseCode = "200", description = "The appointments", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid range or status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AppointmentView>> list(@PathParam("businessId") UUID businessId,
            @Parameter(description = "Starts at or after, ISO-8601 instant") @QueryParam("from") String from,
            @Parameter(description = "Starts before, ISO-8601 instant") @QueryParam("to") String to,
            @Parameter(description = "BOOKED, CONFIRMED, CANCELLED, COMPLETED or NO_SHOW") @QueryParam("status") String status) {
        return appointments.list(businessId, QueryParams.instant("from", from), QueryParams.instant("to", to),
                status(status));
    }

    @GET
    @Path("/appointments/{appointmentId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One appointment with its pending reminders and every change with its cause")
    @APIResponse(responseCode = "200", description = "The appointment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Uni<AppointmentView> get(@PathParam("appointmentId") UUID appointmentId) {
        return appointments.get(appointmentId);
    }

    @PUT
    @Path("/appointments/{appointmentId}/start")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Reschedule: a new start; the reminders move with it")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid start", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Cancelled or closed appointments cannot move", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AppointmentView> reschedule(@PathParam("appointmentId") UUID appointmentId,
            @Valid @NotNull RescheduleRequest request) {
        return appointments.reschedule(appointmentId, request);
    }

    @POST
    @Path("/appointments/{appointmentId}/cancel")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Cancel: no reminder goes out any more")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled or closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AppointmentView> cancel(@PathParam("appointmentId") UUID appointmentId) {
        return appointments.changeStatus(appointmentId, AppointmentStatus.CANCELLED);
    }

    @POST
    @Path("/appointments/{appointmentId}/complete")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Mark the appointment completed")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AppointmentView> complete(@PathParam("appointmentId") UUID appointmentId) {
        return appointments.changeStatus(appointmentId, AppointmentStatus.COMPLETED);
    }

    @POST
    @Path("/appointments/{appointmentId}/no-show")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Mark that the customer did not come")
    @APIResponse(responseCode = "200", description = "Marked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AppointmentView> noShow(@PathParam("appointmentId") UUID appointmentId) {
        return appointments.changeStatus(appointmentId, AppointmentStatus.NO_SHOW);
    }

    @GET
    @Path("/businesses/{businessId}/reminder-settings")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "When appointment and payment reminders go out")
    @APIResponse(responseCode = "200", description = "The settings (defaults until changed)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderSchedule.class)))
    public Uni<ReminderSchedule> settings(@PathParam("businessId") UUID businessId) {
        return settings.get(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/reminder-settings")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Change when reminders go out; applies to reminders scheduled from now on")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderSchedule.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReminderSchedule> saveSettings(@PathParam("businessId") UUID businessId,
            @Valid @NotNull ReminderSchedule request) {
        return settings.save(businessId, request);
    }

    private static AppointmentStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AppointmentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidKeyed("status", "error.oneOf",
                    java.util.Map.of("values", Arrays.toString(AppointmentStatus.values())));
        }
    }
}
