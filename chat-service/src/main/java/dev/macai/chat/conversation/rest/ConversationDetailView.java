package dev.macai.chat.conversation.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.macai.chat.conversation.service.ConversationDetail;
import dev.macai.platform.paging.PageResponse;

/** The conversation's fields plus {@code messages}: one page, offset counted from the newest. */
public record ConversationDetailView(
    @JsonUnwrapped ConversationView conversation, PageResponse<MessageView> messages) {

  static ConversationDetailView of(ConversationDetail detail) {
    return new ConversationDetailView(
        ConversationView.of(detail.conversation()),
        PageResponse.of(detail.messages(), MessageView::of));
  }
}
