package dev.macai.chat.ollama.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.ollama.client.OllamaChatStream;
import dev.macai.chat.ollama.domain.Generation;
import java.util.function.Consumer;

/** A template run Ollama has accepted and is answering piece by piece; read once, then close. */
public final class TemplateStream implements AutoCloseable {

  private final OllamaChatStream stream;
  private final OllamaChatService.TemplateRun run;
  private final OllamaChatService service;

  TemplateStream(
      OllamaChatStream stream, OllamaChatService.TemplateRun run, OllamaChatService service) {
    this.stream = stream;
    this.run = run;
    this.service = service;
  }

  /** Hands each piece to {@code onToken}; answers the whole, trimmed result with the counters. */
  public Generation drain(Consumer<String> onToken) {
    ChatCompletion reply = stream.drain(onToken);
    return service.finished(
        run,
        new Generation(
            reply.content(), reply.model(), reply.promptTokens(), reply.completionTokens()));
  }

  @Override
  public void close() {
    stream.close();
  }
}
