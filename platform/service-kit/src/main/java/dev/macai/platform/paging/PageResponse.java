package dev.macai.platform.paging;

import java.util.List;
import java.util.function.Function;

/** The list envelope of ARCHITECTURE §3: {@code items, total, limit, offset}. */
public record PageResponse<T>(List<T> items, long total, int limit, int offset) {

  public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> view) {
    return new PageResponse<>(
        page.items().stream().map(view).toList(), page.total(), page.limit(), page.offset());
  }
}
