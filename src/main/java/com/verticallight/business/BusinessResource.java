package com.verticallight.business;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Businesses", description = "Business profiles (locations)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed, or beyond the plan's locations", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BusinessResource {

    private final BusinessService businesses;

    public BusinessResource(BusinessService businesses) {
        this.businesses = businesses;
    }

    @GET
    @Path("/businesses")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "List the tenant's businesses")
    @APIResponse(responseCode = "200", description = "Businesses", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BusinessView.class)))
    public Uni<List<BusinessView>> list() {
        return businesses.list();
    }

    @GET
    @Path("/businesses/{businessId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One business")
    @APIResponse(responseCode = "200", description = "The business", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BusinessView.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BusinessView> get(@PathParam("businessId") UUID businessId) {
        return businesses.get(businessId);
    }

    @POST
    @Path("/businesses")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Add a business (location); starts with its category's default configuration")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BusinessView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull BusinessRequest request) {
        return businesses.create(request)
                .map(created -> Response.status(201).header("Location", "/api/v1/businesses/" + created.id())
                        .entity(created).build());
    }

    @PUT
    @Path("/businesses/{businessId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace a business profile")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BusinessView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BusinessView> replace(@PathParam("businessId") UUID businessId, @Valid @NotNull BusinessRequest request) {
        return businesses.replace(businessId, request);
    }

    @DELETE
    @Path("/businesses/{businessId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Delete a business (frees a location of the plan)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("businessId") UUID businessId) {
        return businesses.delete(businessId);
    }

    @GET
    @Path("/businesses/{businessId}/category-config")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's automation priorities, content themes and posting windows")
    @APIResponse(responseCode = "200", description = "Configuration", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryConfig.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CategoryConfig> categoryConfig(@PathParam("businessId") UUID businessId) {
        return businesses.categoryConfig(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/category-config")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace the business's category configuration")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryConfig.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CategoryConfig> replaceCategoryConfig(@PathParam("businessId") UUID businessId,
            @Valid @NotNull CategoryConfig config) {
        return businesses.replaceCategoryConfig(businessId, config);
    }

    @GET
    @Path("/categories")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Default configuration of every category")
    @APIResponse(responseCode = "200", description = "Category name to its default configuration", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = CategoryConfig.class)))
    public Uni<Map<String, CategoryConfig>> categories() {
        return businesses.categoryDefaults();
    }
}
