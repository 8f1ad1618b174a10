package dev.macai.chat.conversation.service;

import dev.macai.chat.conversation.repository.ConversationRepository;

/** The list's filters and order; null filters do not narrow. */
public record ConversationQuery(
    String q,
    String provider,
    Boolean archived,
    String tag,
    boolean sortByTitle,
    boolean descending,
    int limit,
    int offset) {

  /** The filters as the repository takes them; a blank search text or tag does not narrow. */
  ConversationRepository.Filter filter() {
    return new ConversationRepository.Filter(blankToNull(q), provider, archived, blankToNull(tag));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
