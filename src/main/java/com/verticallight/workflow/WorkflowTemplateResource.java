package com.verticallight.workflow;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.workflow.WorkflowViews.TemplateCopy;
import com.verticallight.workflow.WorkflowViews.TemplateView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workflow-templates")
@Tag(name = "Workflow templates", description = "Ready-made workflows to copy and edit")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkflowTemplateResource {

    private final WorkflowTemplates templates;

    public WorkflowTemplateResource(WorkflowTemplates templates) {
        this.templates = templates;
    }

    @Schema(name = "WorkflowTemplateCopyRequest")
    public record CopyRequest(@Size(max = 200) String name,
            @Schema(description = "The business the copy works for; none for the whole account") UUID businessId) {
    }

    @GET
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The templates: id, name, one-line description, the placeholders to fill, the definition")
    @APIResponse(responseCode = "200", description = "Templates", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<TemplateView>> list() {
        return Uni.createFrom().item(templates.list());
    }

    @POST
    @Path("/{templateId}/copy")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Copy a template into a new draft workflow; answers the errors it still has (placeholders)")
    @APIResponse(responseCode = "201", description = "The draft and its remaining errors", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateCopy.class)))
    @APIResponse(responseCode = "404", description = "No such template", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a name too long)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> copy(@PathParam("templateId") String templateId, @Valid CopyRequest request) {
        return templates.copy(templateId, request == null ? null : request.name(),
                request == null ? null : request.businessId()).map(copy -> Response.status(201)
                        .header("Location", "/api/v1/workflows/" + copy.workflow().id()).entity(copy).build());
    }
}
