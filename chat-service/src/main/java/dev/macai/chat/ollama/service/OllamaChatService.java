package dev.macai.chat.ollama.service;

import dev.macai.chat.ollama.client.OllamaClient;
import dev.macai.chat.ollama.domain.Generation;
import dev.macai.chat.ollama.domain.OllamaModel;
import dev.macai.chat.prompts.domain.PromptBuilder;
import dev.macai.chat.prompts.domain.TemplateKey;
import dev.macai.chat.prompts.service.PromptTemplate;
import dev.macai.chat.prompts.service.PromptTemplateService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Ollama for the UI's helpers: the model list and one-shot template runs. */
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
    PromptTemplate template = templates.activeTemplate(key);
    String prompt =
        PromptBuilder.build(template.preCondition(), context, inputText, template.postCondition());
    Generation generation =
        ollama.generate(template.model(), prompt, template.temperature(), template.maxTokens());
    // Lengths only: the input may be lyrics, which are never logged.
    LOG.infof(
        "Ran prompt template %s v%d on %s: %d prompt and %d completion tokens",
        key,
        template.version(),
        generation.model(),
        generation.promptTokens(),
        generation.completionTokens());
    return new Generation(
        generation.text().strip(),
        generation.model(),
        generation.promptTokens(),
        generation.completionTokens());
  }
}
