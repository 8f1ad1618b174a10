package dev.macai.catalog.rules.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Judges a rule before it is stored: the pattern must compile, must not look catastrophic, and the
 * replacement may only refer to groups the pattern has. Each check answers the reason, or empty.
 */
public final class PatternSafety {

  private PatternSafety() {}

  public static Optional<String> patternViolation(String regex) {
    try {
      Pattern.compile(regex, LyricRuleEngine.FLAGS);
    } catch (PatternSyntaxException e) {
      return Optional.of(
          "is not a valid regular expression: "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
    }
    return nestedRepetitionOrEmpty(regex)
        .map(
            group ->
                "looks catastrophic: the repeated group "
                    + group
                    + " contains another repetition, which can backtrack exponentially. Make the"
                    + " inner repetition possessive (a++) or atomic ((?>...)), or drop one of the"
                    + " two.");
  }

  /**
   * Java parses a replacement only when something matches, so a broken {@code $3} would surface on
   * some user's text. The probe pattern keeps every group of the rule's pattern and adds an empty
   * alternative that always matches, so the replacement is parsed against the real groups now.
   */
  public static Optional<String> replacementViolation(String regex, String replacement) {
    Matcher probe;
    try {
      // The newline ends a trailing (?x) comment that would otherwise swallow the ")".
      probe = Pattern.compile("(?:" + regex + "\n)|", LyricRuleEngine.FLAGS).matcher("");
    } catch (PatternSyntaxException e) {
      return Optional.empty(); // e.g. an unterminated \Q; the pattern itself compiled, so let it be
    }
    if (!probe.find()) {
      return Optional.empty();
    }
    try {
      probe.appendReplacement(new StringBuilder(), replacement);
      return Optional.empty();
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.of("does not fit the pattern: " + e.getMessage());
    }
  }

  /**
   * The scan is a heuristic; a shape it cannot follow (e.g. (?x) comments) is left to the budget.
   */
  private static Optional<String> nestedRepetitionOrEmpty(String regex) {
    try {
      return nestedRepetition(regex);
    } catch (RuntimeException unfollowable) {
      return Optional.empty();
    }
  }

  /**
   * A heuristic for the classic catastrophic shapes {@code (a+)+}, {@code (.*)*}, {@code
   * (\w+\s?)*}: a group repeated more than once that itself contains a repetition. Possessive
   * quantifiers and atomic groups cannot backtrack and are let through. Overlapping alternatives
   * such as {@code (a|a)*} are not detected; the step budget of {@link LyricRuleEngine} catches
   * those when they run.
   *
   * @return the offending group as written, or empty
   */
  static Optional<String> nestedRepetition(String regex) {
    Deque<Group> open = new ArrayDeque<>();
    open.push(new Group(0, false));
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '(') {
        int body = groupBody(regex, i);
        if (body < 0) {
          // an inline flag set like (?i): no group, no atom
          i = Math.max(i + 1, regex.indexOf(')', i) + 1);
          continue;
        }
        open.push(new Group(i, regex.startsWith("(?>", i)));
        i = body;
        continue;
      }
      int atomEnd;
      Group closed = null;
      if (c == ')') {
        closed = open.size() > 1 ? open.pop() : null;
        atomEnd = i + 1;
      } else if (c == '\\') {
        atomEnd = skipEscape(regex, i);
      } else if (c == '[') {
        atomEnd = skipClass(regex, i);
      } else {
        atomEnd = i + 1;
      }
      Quantifier q = Quantifier.at(regex, atomEnd);
      boolean repeats = q.repeats() && !q.possessive();
      Group enclosing = open.peek();
      if (closed != null) {
        // An atomic group never backtracks into itself, so what it contains is harmless outside.
        boolean inner = !closed.atomic && closed.containsRepetition;
        if (repeats && inner) {
          return Optional.of(regex.substring(closed.start, q.end()));
        }
        enclosing.containsRepetition |= inner || repeats;
      } else {
        enclosing.containsRepetition |= repeats;
      }
      i = Math.max(i + 1, q.end());
    }
    return Optional.empty();
  }

  /** Where the body of the group opening at {@code i} starts, or -1 for an inline flag set. */
  private static int groupBody(String regex, int i) {
    if (!regex.startsWith("(?", i)) {
      return i + 1;
    }
    if (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
      return i + 4;
    }
    if (regex.startsWith("(?<", i)) {
      return regex.indexOf('>', i) + 1; // named group
    }
    int j = i + 2;
    while (j < regex.length() && (Character.isLetter(regex.charAt(j)) || regex.charAt(j) == '-')) {
      j++;
    }
    if (j == i + 2) {
      return i + 3; // (?: (?= (?! (?>
    }
    return regex.charAt(j) == ':' ? j + 1 : -1;
  }

  private static int skipEscape(String regex, int i) {
    if (i + 1 >= regex.length()) {
      return regex.length();
    }
    char escaped = regex.charAt(i + 1);
    if (escaped == 'Q') {
      int end = regex.indexOf("\\E", i + 2);
      return end < 0 ? regex.length() : end + 2;
    }
    boolean braced =
        "pPxN".indexOf(escaped) >= 0 && i + 2 < regex.length() && regex.charAt(i + 2) == '{';
    if (braced) {
      return regex.indexOf('}', i) + 1;
    }
    if (escaped == 'k' && i + 2 < regex.length() && regex.charAt(i + 2) == '<') {
      return regex.indexOf('>', i) + 1;
    }
    return i + 2;
  }

  /** Java allows nested classes ({@code [a-z&&[^aeiou]]}) and a literal ']' first. */
  private static int skipClass(String regex, int i) {
    int j = i + 1;
    if (j < regex.length() && regex.charAt(j) == '^') {
      j++;
    }
    if (j < regex.length() && regex.charAt(j) == ']') {
      j++;
    }
    while (j < regex.length()) {
      char c = regex.charAt(j);
      if (c == '\\') {
        j = skipEscape(regex, j);
      } else if (c == '[') {
        j = skipClass(regex, j);
      } else if (c == ']') {
        return j + 1;
      } else {
        j++;
      }
    }
    return j;
  }

  private static final class Group {
    final int start;
    final boolean atomic;
    boolean containsRepetition;

    Group(int start, boolean atomic) {
      this.start = start;
      this.atomic = atomic;
    }
  }

  /** The quantifier right after an atom, if any; "repeats" means it allows more than one pass. */
  private record Quantifier(int end, boolean repeats, boolean possessive) {

    static Quantifier at(String regex, int i) {
      if (i >= regex.length()) {
        return new Quantifier(i, false, false);
      }
      char c = regex.charAt(i);
      int end;
      boolean repeats;
      if (c == '*' || c == '+') {
        end = i + 1;
        repeats = true;
      } else if (c == '?') {
        end = i + 1;
        repeats = false;
      } else if (c == '{') {
        end = regex.indexOf('}', i) + 1;
        repeats = upperBound(regex.substring(i + 1, end - 1)) > 1;
      } else {
        return new Quantifier(i, false, false);
      }
      boolean possessive = end < regex.length() && regex.charAt(end) == '+';
      if (end < regex.length() && (regex.charAt(end) == '+' || regex.charAt(end) == '?')) {
        end++;
      }
      return new Quantifier(end, repeats, possessive);
    }

    /** {@code n}, {@code n,} (unbounded) or {@code n,m}. */
    private static long upperBound(String bounds) {
      int comma = bounds.indexOf(',');
      if (comma < 0) {
        return Long.parseLong(bounds.trim());
      }
      String upper = bounds.substring(comma + 1).trim();
      return upper.isEmpty() ? Long.MAX_VALUE : Long.parseLong(upper);
    }
  }
}
