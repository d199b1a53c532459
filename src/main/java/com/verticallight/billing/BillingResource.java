package com.verticallight.billing;

import com.verticallight.billing.BillingViews.BillingView;
import com.verticallight.billing.BillingViews.InvoiceView;
import com.verticallight.billing.BillingViews.PlanChoice;
import com.verticallight.billing.BillingViews.TaxDetails;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

@Path("/api/v1/billing")
@Tag(name = "Billing", description = "The account's plan and subscription through Razorpay, GST invoices")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BillingResource {

    private final BillingService billing;
    private final InvoiceService invoices;
    private final BillingConfig config;

    public BillingResource(BillingService billing, InvoiceService invoices, BillingConfig config) {
        this.billing = billing;
        this.invoices = invoices;
        this.config = config;
    }

    @GET
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The subscription: state, the plan whose limits apply, next charge, plans and prices, tax details")
    @APIResponse(responseCode = "200", description = "The billing account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BillingView.class)))
    public Uni<BillingView> get() {
        return billing.view();
    }

    @POST
    @Path("/plan")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Upgrade or downgrade: creates a Razorpay subscription and answers its hosted checkout; the "
            + "limits change when Razorpay confirms the payment")
    @APIResponse(responseCode = "200", description = "The pending change with its checkout URL", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BillingView.class)))
    @APIResponse(responseCode = "400", description = "Not a paid plan", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already on that plan, or set by the operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Razorpay refused", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BillingView> choosePlan(@Valid @NotNull PlanChoice choice) {
        return billing.choosePlan(choice.plan());
    }

    @POST
    @Path("/cancel")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Cancel: a paid plan stops at the end of the period paid for; a pending checkout is dropped")
    @APIResponse(responseCode = "200", description = "The account after cancelling", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BillingView.class)))
    @APIResponse(responseCode = "409", description = "Nothing to cancel", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Razorpay refused", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BillingView> cancel() {
        return billing.cancel();
    }

    @PUT
    @Path("/tax-details")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Set the GSTIN (format and check character verified), legal name and place of supply")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BillingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid GSTIN or state code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BillingView> setTaxDetails(@Valid @NotNull TaxDetails details) {
        return billing.setTaxDetails(details);
    }

    @GET
    @Path("/invoices")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The GST invoices, newest first (at most 500)")
    @APIResponse(responseCode = "200", description = "The invoices", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class, type = SchemaType.ARRAY)))
    public Uni<List<InvoiceView>> invoices() {
        return invoices.list();
    }

    @GET
    @Path("/invoices/{invoiceId}")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "One invoice")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No such invoice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InvoiceView> invoice(@PathParam("invoiceId") UUID invoiceId) {
        return invoices.get(invoiceId);
    }

    @GET
    @Path("/invoices/{invoiceId}.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The invoice as a PDF")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such invoice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> pdf(@PathParam("invoiceId") UUID invoiceId) {
        return invoices.get(invoiceId).chain(invoice -> Uni.createFrom()
                .item(() -> InvoicePdf.render(invoice, config.supplier().name()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(bytes -> Response.ok(bytes, "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"" + invoice.number() + ".pdf\"")
                        .build()));
    }
}
