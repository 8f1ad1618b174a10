package dev.macai.catalog.sketch.rest;

import dev.macai.catalog.sketch.domain.SketchType;
import dev.macai.catalog.sketch.domain.Workflow;
import dev.macai.catalog.sketch.service.SketchQuery;
import dev.macai.catalog.sketch.service.SketchService;
import dev.macai.platform.caller.Caller;
import dev.macai.platform.paging.PageRequest;
import dev.macai.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sketches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("user")
@SecurityRequirement(name = "jwt")
@Tag(name = "sketches", description = "The song-sketch library: ideas for songs")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class SketchResource {

  private final SketchService sketches;
  private final Caller caller;

  SketchResource(SketchService sketches, Caller caller) {
    this.sketches = sketches;
    this.caller = caller;
  }

  @POST
  @Operation(summary = "Create a sketch (workflow draft unless given)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  public Response create(@Valid @NotNull SketchRequest request) {
    SketchView created =
        SketchView.of(sketches.create(caller.id(), request.toDraft(), request.initialWorkflow()));
    return Response.created(URI.create("/api/v1/sketches/" + created.id())).entity(created).build();
  }

  @GET
  @Operation(
      summary = "Search, filter and page the caller's sketches",
      description =
          "q finds sketches containing every typed word as a word prefix in title, lyrics, prompt"
              + " or tags.")
  @APIResponse(responseCode = "200", description = "One page")
  @APIResponse(responseCode = "400", description = "Invalid filter, sort or paging parameters")
  public PageResponse<SketchView> list(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("workflow")
          @Pattern(regexp = Workflow.PATTERN, message = "must be one of: draft, used, archived")
          String workflow,
      @QueryParam("sketch_type")
          @Pattern(regexp = SketchType.PATTERN, message = "must be one of: song, instrumental")
          String sketchType,
      @QueryParam("tag") @Size(max = 50) String tag,
      @QueryParam("sort")
          @DefaultValue("created_at")
          @Pattern(
              regexp = "created_at|updated_at|title",
              message = "must be one of: created_at, updated_at, title")
          String sort,
      @QueryParam("order")
          @DefaultValue("desc")
          @Pattern(regexp = "asc|desc", message = "must be asc or desc")
          String order,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    PageRequest page = new PageRequest(limit, offset, sort, order.equals("desc"));
    return PageResponse.of(
        sketches.list(caller.id(), new SketchQuery(q, workflow, sketchType, tag, page)),
        SketchView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One sketch")
  @APIResponse(responseCode = "200", description = "The sketch")
  @APIResponse(responseCode = "404", description = "Unknown, or not the caller's")
  public SketchView get(@PathParam("id") UUID id) {
    return SketchView.of(sketches.get(caller.id(), id));
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace title, lyrics, prompt, tags and type (not the workflow)")
  @APIResponse(responseCode = "200", description = "The updated sketch")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "404", description = "Unknown, or not the caller's")
  public SketchView update(@PathParam("id") UUID id, @Valid @NotNull SketchRequest request) {
    return SketchView.of(sketches.update(caller.id(), id, request.toDraft()));
  }

  @PATCH
  @Path("/{id}/workflow")
  @Operation(summary = "Move along draft → used → archived, or back to draft")
  @APIResponse(responseCode = "200", description = "The moved sketch")
  @APIResponse(responseCode = "400", description = "Unknown workflow value")
  @APIResponse(responseCode = "404", description = "Unknown, or not the caller's")
  @APIResponse(responseCode = "409", description = "That move is not allowed from here")
  public SketchView moveTo(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequest request) {
    return SketchView.of(sketches.moveTo(caller.id(), id, Workflow.valueOf(request.workflow())));
  }

  @POST
  @Path("/{id}/duplicate")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Copy a sketch as a new draft, its title suffixed \" (copy)\"")
  @APIResponse(responseCode = "201", description = "The copy")
  @APIResponse(responseCode = "404", description = "Unknown, or not the caller's")
  public Response duplicate(@PathParam("id") UUID id) {
    SketchView copy = SketchView.of(sketches.duplicate(caller.id(), id));
    return Response.created(URI.create("/api/v1/sketches/" + copy.id())).entity(copy).build();
  }

  @DELETE
  @Path("/{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Delete a sketch")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "Unknown, or not the caller's")
  public void delete(@PathParam("id") UUID id) {
    sketches.delete(caller.id(), id);
  }
}
