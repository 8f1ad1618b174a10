package dev.macai.chat.ollama.service;

import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatTurn;
import dev.macai.chat.ollama.client.OllamaClient;
import dev.macai.chat.ollama.domain.Generation;
import dev.macai.chat.ollama.domain.OllamaModel;
import dev.macai.chat.ollama.domain.TemplateWindow;
import dev.macai.chat.prompts.domain.PromptBuilder;
import dev.macai.chat.prompts.domain.TemplateKey;
import dev.macai.chat.prompts.service.PromptTemplate;
import dev.macai.chat.prompts.service.PromptTemplateService;
import dev.macai.platform.provider.ProviderFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Ollama for the UI's helpers: the model list and template runs, whole or streamed. */
@ApplicationScoped
public class OllamaChatService {

  private static final Logger LOG = Logger.getLogger(OllamaChatService.class);

  private final OllamaClient ollama;
  private final PromptTemplateService templates;

  OllamaChatService(OllamaClient ollama, PromptTemplateService templates) {
    this.ollama = ollama;
    this.templates = templates;
  }

  public List<OllamaModel> models() {
    return ollama.models();
  }

  /**
   * Runs a template on the user's input. No transaction is open while the provider answers: the
   * template is read first, then the connection goes back to the pool.
   */
  public Generation runTemplate(TemplateKey key, String inputText, String context) {
    TemplateRun run = prepare(key, inputText, context);
    Generation generation =
        ollama.generate(
            run.template().model(),
            run.prompt(),
            run.template().temperature(),
            run.template().maxTokens(),
            run.window());
    return finished(run, generation);
  }

  /**
   * Starts a streamed template run through Ollama's chat endpoint (one user turn). Everything that
   * can be refused (no template, Ollama down or answering an error) is thrown here, before the
   * caller has sent its first byte.
   */
  public TemplateStream streamTemplate(TemplateKey key, String inputText, String context) {
    TemplateRun run = prepare(key, inputText, context);
    PromptTemplate template = run.template();
    ChatPrompt prompt =
        new ChatPrompt(
            template.model(),
            List.of(ChatTurn.user(run.prompt())),
            run.window(),
            template.temperature().doubleValue(),
            template.maxTokens());
    return new TemplateStream(ollama.openChatStream(prompt), run, this);
  }

  private TemplateRun prepare(TemplateKey key, String inputText, String context) {
    PromptTemplate template = templates.activeTemplate(key);
    String prompt =
        PromptBuilder.build(template.preCondition(), context, inputText, template.postCondition());
    int window =
        TemplateWindow.forPrompt(
            prompt.length(), template.maxTokens(), modelWindow(template.model()));
    return new TemplateRun(key, template, prompt, window);
  }

  /** Unknown when Ollama cannot say; the call itself then reports what is wrong. */
  private Integer modelWindow(String model) {
    try {
      return ollama.contextWindow(model);
    } catch (ProviderFailure e) {
      return null;
    }
  }

  Generation finished(TemplateRun run, Generation generation) {
    // Lengths only: the input may be lyrics, which are never logged.
    LOG.infof(
        "Ran prompt template %s v%d on %s: %d prompt and %d completion tokens",
        run.key(),
        run.template().version(),
        generation.model(),
        generation.promptTokens(),
        generation.completionTokens());
    return new Generation(
        generation.text().strip(),
        generation.model(),
        generation.promptTokens(),
        generation.completionTokens());
  }

  record TemplateRun(TemplateKey key, PromptTemplate template, String prompt, int window) {}
}
