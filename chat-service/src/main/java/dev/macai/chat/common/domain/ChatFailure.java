package dev.macai.chat.common.domain;

import dev.macai.platform.failure.ServiceFailure;
import java.util.HashMap;
import java.util.Map;

/**
 * The refusal only chat-service makes: a conversation whose model the provider no longer serves.
 * The REST layer maps it like every other {@link ServiceFailure}, with {@code code} and the retired
 * model's details as problem members.
 */
public final class ChatFailure extends ServiceFailure {

  /** The stable {@code code} of a refusal that a client handles by kind. */
  public static final String MODEL_RETIRED = "model_retired";

  private ChatFailure(String detail, Map<String, Object> retiredModel) {
    super(409, "Conflict", detail, Map.of(), MODEL_RETIRED, null, retiredModel);
  }

  /**
   * The conversation's model is no longer served. 409: the conversation is fine and keeps its
   * history, it only has to switch model before it can go on. The problem carries {@code model},
   * {@code model_shutdown_date} and {@code replacement_model} (each when known).
   */
  public static ChatFailure modelRetired(String provider, String model, ModelLifecycle lifecycle) {
    String when =
        lifecycle.shutdownDate() != null
            ? "was shut down by " + provider + " on " + lifecycle.shutdownDate()
            : "is no longer offered by " + provider + " to this account";
    String instead =
        lifecycle.replacement() != null
            ? " Switch the conversation to " + lifecycle.replacement() + " to continue;"
            : " Switch the conversation to another model to continue;";
    Map<String, Object> retired = new HashMap<>();
    retired.put("model", model);
    if (lifecycle.shutdownDate() != null) {
      retired.put("model_shutdown_date", lifecycle.shutdownDate());
    }
    if (lifecycle.replacement() != null) {
      retired.put("replacement_model", lifecycle.replacement());
    }
    return new ChatFailure(
        "The model " + model + " " + when + "." + instead + " its history stays.", retired);
  }
}
