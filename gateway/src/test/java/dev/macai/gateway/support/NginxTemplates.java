package dev.macai.gateway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders {@code gateway/nginx/templates/*.conf.template} the way the official nginx image does at
 * start (envsubst restricted to the variables that are set): {@code ${NAME}} becomes the value of
 * NAME when the map has it and stays as is otherwise, and nginx's own {@code $variables} are never
 * touched.
 */
public final class NginxTemplates {

  public static final String SUFFIX = ".template";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

  private final Path directory;

  public NginxTemplates(Path directory) {
    this.directory = directory;
  }

  /** The templates of this module, found from the module directory Surefire runs in. */
  public static NginxTemplates ofThisModule() {
    return new NginxTemplates(GatewayFiles.templates());
  }

  public List<Path> files() {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + directory, e);
    }
  }

  /** Every {@code ${NAME}} the templates use. */
  public Set<String> placeholders() {
    Set<String> names = new TreeSet<>();
    for (Path file : files()) {
      Matcher matcher = PLACEHOLDER.matcher(read(file));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  /** Writes every template into {@code target} without its {@code .template} suffix. */
  public void renderInto(Path target, Map<String, String> variables) throws IOException {
    Files.createDirectories(target);
    for (Path file : files()) {
      String name = file.getFileName().toString();
      Path output = target.resolve(name.substring(0, name.length() - SUFFIX.length()));
      Files.writeString(output, render(read(file), variables), StandardCharsets.UTF_8);
    }
  }

  static String render(String template, Map<String, String> variables) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      String value = variables.get(matcher.group(1));
      matcher.appendReplacement(
          rendered, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(rendered);
    return rendered.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
