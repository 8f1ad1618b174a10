package dev.macai.chat.common.domain;

/**
 * One message of the history sent to a provider: {@code system}, {@code user} or {@code assistant}.
 */
public record ChatTurn(String role, String content) {

  public static ChatTurn system(String content) {
    return new ChatTurn("system", content);
  }

  public static ChatTurn user(String content) {
    return new ChatTurn("user", content);
  }

  public static ChatTurn assistant(String content) {
    return new ChatTurn("assistant", content);
  }
}
