package dev.macai.catalog.rules.rest;

import dev.macai.catalog.rules.domain.RuleApplicationFailure;
import dev.macai.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A stored rule that cannot run on the caller's text: 422, because the request itself is well
 * formed; the detail names the rule so an admin can fix or deactivate it.
 */
public class RuleProblemMapper {

  private static final Logger LOG = Logger.getLogger(RuleProblemMapper.class);

  @ServerExceptionMapper
  public Response ruleFailed(RuleApplicationFailure e) {
    LOG.warnf("Lyric parsing rule \"%s\" refused a text: %s", e.ruleName(), e.getMessage());
    return Response.status(422)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("Unprocessable Content", 422, e.getMessage(), List.of()))
        .build();
  }
}
