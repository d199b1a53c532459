package com.verticallight.payment;

import com.verticallight.identity.Permission;
import com.verticallight.payment.PaymentViews.NewPaymentRequest;
import com.verticallight.payment.PaymentViews.PaymentRequestView;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
@Tag(name = "Payment reminders", description = "Unpaid amounts with a payment link, reminded on WhatsApp or SMS until paid")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business or payment request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PaymentResource {

    private final PaymentService payments;

    public PaymentResource(PaymentService payments) {
        this.payments = payments;
    }

    @POST
    @Path("/businesses/{businessId}/payment-requests")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Enter an unpaid amount; its reminders are scheduled at once (3 days before, on the due date, then every 3 days)")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("businessId") UUID businessId, @Valid @NotNull NewPaymentRequest request) {
        return payments.create(businessId, request).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("/businesses/{businessId}/payment-requests")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's payment requests by due date (at most 500), optionally of one status")
    @APIResponse(responseCode = "200", description = "The payment requests", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequestView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PaymentRequestView>> list(@PathParam("businessId") UUID businessId,
            @Parameter(description = "OPEN, PAID or STOPPED") @QueryParam("status") String status) {
        return payments.list(businessId, status(status));
    }

    @GET
    @Path("/payment-requests/{paymentId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One payment request with its pending reminders")
    @APIResponse(responseCode = "200", description = "The payment request", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequestView.class)))
    public Uni<PaymentRequestView> get(@PathParam("paymentId") UUID paymentId) {
        return payments.get(paymentId);
    }

    @POST
    @Path("/payment-requests/{paymentId}/paid")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Mark it paid: no more reminders")
    @APIResponse(responseCode = "200", description = "Paid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequestView.class)))
    @APIResponse(responseCode = "409", description = "Reminders were stopped before", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PaymentRequestView> paid(@PathParam("paymentId") UUID paymentId) {
        return payments.close(paymentId, PaymentStatus.PAID);
    }

    @POST
    @Path("/payment-requests/{paymentId}/payment-link")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Make a Razorpay payment link through the business's Razorpay connection; the reminders still "
            + "to go out carry it, and Razorpay's signed payment_link.paid marks the request paid")
    @APIResponse(responseCode = "200", description = "The request with its link", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequestView.class)))
    @APIResponse(responseCode = "400", description = "The business has no Razorpay connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not open, already has a Razorpay link, or Razorpay in sandbox while reminders are live", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PaymentRequestView> paymentLink(@PathParam("paymentId") UUID paymentId) {
        return payments.createLink(paymentId);
    }

    @POST
    @Path("/payment-requests/{paymentId}/stop")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Stop the reminders without marking it paid")
    @APIResponse(responseCode = "200", description = "Stopped", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequestView.class)))
    @APIResponse(responseCode = "409", description = "Already paid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PaymentRequestView> stop(@PathParam("paymentId") UUID paymentId) {
        return payments.close(paymentId, PaymentStatus.STOPPED);
    }

    private static PaymentStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PaymentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidKeyed("status", "error.oneOf",
                    java.util.Map.of("values", Arrays.toString(PaymentStatus.values())));
        }
    }
}
