package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.domain.RuleType;
import dev.macai.catalog.rules.service.LyricRuleService;
import dev.macai.platform.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Global rules: every signed-in user reads and applies them, only admins change them. */
@Path(LyricRuleResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "lyric-parsing-rules", description = "Regex rules that clean up lyrics")
public class LyricRuleResource {

  static final String PATH = "/api/v1/lyric-parsing-rules";

  private final LyricRuleService rules;

  LyricRuleResource(LyricRuleService rules) {
    this.rules = rules;
  }

  @GET
  @RolesAllowed("user")
  @Operation(summary = "The rules in their order, optionally filtered by type and active flag")
  @APIResponse(responseCode = "200", description = "One page of rules, ordered by order")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  public PageResponse<RuleView> list(
      @QueryParam("rule_type")
          @Pattern(regexp = "cleanup|section", message = "must be cleanup or section")
          String ruleType,
      @QueryParam("active") Boolean active,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    RuleType type = ruleType == null ? null : RuleType.fromWireName(ruleType);
    return PageResponse.of(rules.list(type, active, offset, limit), RuleView::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("user")
  @Operation(summary = "One rule")
  @APIResponse(responseCode = "200", description = "The rule")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "404", description = "No such rule")
  public RuleView get(@PathParam("id") UUID id) {
    return RuleView.of(rules.get(id));
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Create a rule (admin only); without order it goes last")
  @APIResponse(responseCode = "201", description = "Created; Location names the new rule")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "409", description = "A rule with this name exists")
  public Response create(@Valid @NotNull RuleRequest request) {
    RuleView rule = RuleView.of(rules.create(request.toDraft()));
    return Response.created(URI.create(PATH + "/" + rule.id())).entity(rule).build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("admin")
  @Operation(summary = "Replace a rule (admin only); omitted active and order stay as they are")
  @APIResponse(responseCode = "200", description = "The updated rule")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such rule")
  @APIResponse(responseCode = "409", description = "Another rule has this name")
  public RuleView update(@PathParam("id") UUID id, @Valid @NotNull RuleRequest request) {
    return RuleView.of(rules.update(id, request.toDraft()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("admin")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Delete a rule (admin only)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  @APIResponse(responseCode = "404", description = "No such rule")
  public Response delete(@PathParam("id") UUID id) {
    rules.delete(id);
    return Response.noContent().build();
  }

  @PATCH
  @Path("/reorder")
  @RolesAllowed("admin")
  @Operation(
      summary = "Put the rules in a new order (admin only)",
      description =
          "The body lists every rule's id exactly once; a rule's position, counted from 1,"
              + " becomes its order. All or nothing.")
  @APIResponse(responseCode = "200", description = "Every rule, in the new order")
  @APIResponse(
      responseCode = "400",
      description = "ids is not exactly the set of existing rules (named in errors[])")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The caller is not an admin")
  public PageResponse<RuleView> reorder(@Valid @NotNull ReorderRequest request) {
    List<RuleView> reordered = rules.reorder(request.ids()).stream().map(RuleView::of).toList();
    return new PageResponse<>(reordered, reordered.size(), reordered.size(), 0);
  }

  @POST
  @Path("/apply")
  @RolesAllowed("user")
  @Operation(
      summary = "Apply the active rules to a text",
      description =
          "Runs the active rules of rule_type in order, or without rule_type all active rules:"
              + " cleanup first, then section. Java regex semantics, MULTILINE.")
  @APIResponse(responseCode = "200", description = "The text and the rules that changed it")
  @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors[]")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(
      responseCode = "422",
      description = "A rule could not run on this text (too much backtracking); detail names it")
  public ApplyResponse apply(@Valid @NotNull ApplyRequest request) {
    return ApplyResponse.of(rules.apply(request.text(), request.ruleTypeOrNull()));
  }
}
