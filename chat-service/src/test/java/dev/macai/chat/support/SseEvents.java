package dev.macai.chat.support;

import java.util.ArrayList;
import java.util.List;

/** Reads a whole text/event-stream body as the browser's EventSource would: [name, data] pairs. */
public final class SseEvents {

  private SseEvents() {}

  public static List<String[]> parse(String body) {
    List<String[]> events = new ArrayList<>();
    String name = "message";
    StringBuilder data = null;
    for (String line : (body + "\n\n").split("\n", -1)) {
      if (line.isEmpty()) {
        if (data != null) {
          events.add(new String[] {name, data.toString()});
        }
        name = "message";
        data = null;
      } else if (line.startsWith("event:")) {
        name = value(line.substring(6));
      } else if (line.startsWith("data:")) {
        data = data == null ? new StringBuilder() : data.append('\n');
        data.append(value(line.substring(5)));
      }
    }
    return events;
  }

  private static String value(String field) {
    return field.startsWith(" ") ? field.substring(1) : field;
  }
}
