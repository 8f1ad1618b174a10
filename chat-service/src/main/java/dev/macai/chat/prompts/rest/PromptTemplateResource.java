package dev.macai.chat.prompts.rest;

import dev.macai.chat.prompts.domain.TemplateKey;
import dev.macai.chat.prompts.service.PromptTemplateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Global prompt templates: every signed-in user reads them, only admins change them. */
@Path(PromptTemplateResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "prompts", description = "Prompt templates of the AI helpers")
public class PromptTemplateResource {

  static final String PATH = "/api/v1/prompts";
  private static final String KEY_MESSAGE = NewTemplateRequest.KEY_MESSAGE;

  private final PromptTemplateService templates;

  PromptTemplateResource(PromptTemplateService templates) {
    this.templates = templates;
  }

  @GET
  @RolesAllowed("user")
  @Operation(summary = "Every template, grouped by category: {\"images\": [...], ...}")
  @APIResponse(responseCode = "200", description = "Categories in order, actions in order")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public Map<String, List<TemplateView>> all() {
    Map<String, List<TemplateView>> grouped = new LinkedHashMap<>();
    templates
        .byCategory()
        .forEach(
            (category, list) ->
                grouped.put(category, list.stream().map(TemplateView::of).toList()));
    return grouped;
  }

  @GET
  @Path("/{category}")
  @RolesAllowed("user")
  @Operation(summary = "The templates of one category")
  @APIResponse(responseCode = "200", description = "The category's templates, by action")
  @APIResponse(responseCode = "400", description = "Malformed category")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No template in this category")
  public List<TemplateView> category(
      @PathParam("category") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String category) {
    return templates.category(category).stream().map(TemplateView::of).toList();
  }

  @GET
  @Path("/{category}/{action}")
  @RolesAllowed("user")
  @Operation(summary = "One template")
  @APIResponse(responseCode = "200", description = "The template")
  @APIResponse(responseCode = "400", description = "Malformed category or action")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No such template")
  public TemplateView get(
      @PathParam("category") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String category,
      @PathParam("action") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String action) {
    return TemplateView.of(templates.get(new TemplateKey(category, action)));
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Create a template (admin only)")
  @APIResponse(responseCode = "201", description = "Created; Location names the new template")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "409", description = "A template with this category/action exists")
  public Response create(@Valid @NotNull NewTemplateRequest request) {
    TemplateView created = TemplateView.of(templates.create(request.key(), request.toDraft()));
    return Response.created(URI.create(PATH + "/" + created.category() + "/" + created.action()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{category}/{action}")
  @RolesAllowed("admin")
  @Operation(summary = "Replace a template's content (admin only); its version goes up by one")
  @APIResponse(responseCode = "200", description = "The updated template")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such template")
  public TemplateView update(
      @PathParam("category") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String category,
      @PathParam("action") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String action,
      @Valid @NotNull TemplateRequest request) {
    return TemplateView.of(templates.update(new TemplateKey(category, action), request.toDraft()));
  }

  @DELETE
  @Path("/{category}/{action}")
  @RolesAllowed("admin")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Delete a template (admin only)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such template")
  public Response delete(
      @PathParam("category") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String category,
      @PathParam("action") @Pattern(regexp = TemplateKey.PATTERN, message = KEY_MESSAGE)
          String action) {
    templates.delete(new TemplateKey(category, action));
    return Response.noContent().build();
  }
}
