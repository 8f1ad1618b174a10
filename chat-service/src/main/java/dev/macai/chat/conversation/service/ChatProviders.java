package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.platform.provider.ProviderFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The configured {@link ChatProvider}s by name; each implementation registers itself as a bean. */
@ApplicationScoped
public class ChatProviders {

  private final Map<String, ChatProvider> byName = new HashMap<>();

  ChatProviders(@Any Instance<ChatProvider> providers) {
    providers.forEach(provider -> byName.put(provider.name(), provider));
  }

  public Optional<ChatProvider> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** A conversation created while its provider was configured may outlive that configuration. */
  ChatProvider require(String name) {
    return find(name)
        .orElseThrow(
            () -> ProviderFailure.failed("The provider '" + name + "' is not configured here."));
  }
}
