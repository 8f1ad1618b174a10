package dev.macai.chat.ollama.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.chat.ollama.domain.Generation;
import dev.macai.chat.ollama.service.TemplateStream;
import dev.macai.platform.problem.ProblemMappers;
import dev.macai.platform.sse.SseWriter;
import org.jboss.logging.Logger;

/**
 * A streamed template run as Server-Sent Events: {@code token} per piece, then {@code done} with
 * the same JSON as the non-streaming answer, or {@code error} with a problem document. A client
 * that has gone makes the next write fail, which stops reading from Ollama.
 */
final class TemplateEventStream {

  private static final Logger LOG = Logger.getLogger(TemplateEventStream.class);

  private TemplateEventStream() {}

  static void write(TemplateStream stream, ObjectMapper json, SseWriter events) {
    try (stream) {
      Generation result;
      try {
        result = stream.drain(piece -> events.send("token", piece));
      } catch (SseWriter.ClientGone gone) {
        throw gone;
      } catch (RuntimeException e) {
        events.send("error", toJson(json, ProblemMappers.streamProblem(e)));
        return;
      }
      events.send("done", toJson(json, GenerateUnifiedResponse.of(result)));
    } catch (SseWriter.ClientGone gone) {
      LOG.debug("Client left a streamed template run");
    }
  }

  private static String toJson(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
