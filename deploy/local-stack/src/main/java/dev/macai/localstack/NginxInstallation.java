package dev.macai.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The nginx binary and its njs module on this machine, if any: Debian/Ubuntu packages, Homebrew, or
 * the paths in NGINX_BINARY and NGINX_JS_MODULE. The gateway is optional for the local stack.
 */
record NginxInstallation(Path binary, Path jsModule) {

  static final String INSTALL_HINT =
      "Install it to get the gateway on https://localhost:8443:"
          + " Debian/Ubuntu `sudo apt-get install nginx libnginx-mod-http-js`;"
          + " macOS `brew install nginx` plus the njs module (set NGINX_JS_MODULE to its"
          + " ngx_http_js_module.so). See gateway/README.md.";

  private static final List<String> BINARIES =
      List.of("/usr/sbin/nginx", "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx");
  private static final List<String> JS_MODULES =
      List.of(
          "/usr/lib/nginx/modules/ngx_http_js_module.so",
          "/usr/lib64/nginx/modules/ngx_http_js_module.so",
          "/usr/share/nginx/modules/ngx_http_js_module.so",
          "/opt/homebrew/lib/nginx/modules/ngx_http_js_module.so",
          "/usr/local/lib/nginx/modules/ngx_http_js_module.so",
          "/opt/homebrew/opt/nginx/modules/ngx_http_js_module.so");

  /** Empty, with the reason in {@code missing}, when nginx or njs cannot be found. */
  static Optional<NginxInstallation> find(List<String> missing) {
    Optional<Path> binary = first(System.getenv("NGINX_BINARY"), BINARIES, true);
    if (binary.isEmpty()) {
      missing.add("nginx is not installed");
      return Optional.empty();
    }
    Optional<Path> module = first(System.getenv("NGINX_JS_MODULE"), JS_MODULES, false);
    if (module.isEmpty()) {
      missing.add("nginx is installed but its njs module (ngx_http_js_module.so) is not");
      return Optional.empty();
    }
    return Optional.of(new NginxInstallation(binary.get(), module.get()));
  }

  private static Optional<Path> first(String configured, List<String> defaults, boolean binary) {
    List<String> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured.trim());
    }
    candidates.addAll(defaults);
    return candidates.stream()
        .map(Path::of)
        .filter(path -> binary ? Files.isExecutable(path) : Files.isRegularFile(path))
        .findFirst();
  }
}
