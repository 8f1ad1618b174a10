package dev.macai.song.storage.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which audio URLs from Mureka's answers this service may fetch. A provider answer (or a spoofed
 * one, or a redirect) must not make the archiver read internal addresses — cloud metadata, the
 * simulator's admin API, MinIO, the services' metrics — and serve the bytes back as a song. So:
 * https only, except the configured Mureka origin itself (the simulator on http://localhost); when
 * {@code allowedHosts} is set, only those hosts and their subdomains; and every address a host
 * resolves to must be public (no loopback, private, link-local, carrier-grade NAT, unique local,
 * multicast or unspecified address).
 */
public final class AudioUrlPolicy {

  private final String trustedOrigin;
  private final Set<String> allowedHosts;

  /**
   * @param trustedOrigin the configured Mureka base URL; its scheme, host and port are trusted
   * @param allowedHosts lower-case host names; empty allows any host with public addresses
   */
  public AudioUrlPolicy(URI trustedOrigin, Set<String> allowedHosts) {
    this.trustedOrigin = origin(trustedOrigin);
    this.allowedHosts = allowedHosts;
  }

  /** Why the URL may not be fetched before resolving its host, or empty when it may. */
  public Optional<String> refuseByName(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("only http(s) audio URLs are fetched, not " + scheme);
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      return Optional.of("the audio URL names no host");
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of("audio URLs with user info are not fetched");
    }
    if (isTrustedOrigin(url)) {
      return Optional.empty();
    }
    if (!scheme.equals("https")) {
      return Optional.of("audio URLs must be https (only " + trustedOrigin + " may be http)");
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (!allowedHosts.isEmpty() && allowedHosts.stream().noneMatch(h -> matches(host, h))) {
      return Optional.of("host " + host + " is not in SONG_AUDIO_HOSTS");
    }
    return Optional.empty();
  }

  /** Why the host's addresses may not be connected to, or empty when all are public. */
  public Optional<String> refuseByAddress(URI url, List<InetAddress> addresses) {
    if (isTrustedOrigin(url)) {
      return Optional.empty();
    }
    return addresses.stream()
        .filter(address -> !isPublic(address))
        .findFirst()
        .map(address -> "host " + url.getHost() + " resolves to the internal " + address);
  }

  public boolean isTrustedOrigin(URI url) {
    return origin(url).equals(trustedOrigin);
  }

  public static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && first < 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      if (isIpv4Mapped(b)) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (java.net.UnknownHostException impossible) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isIpv4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  private static boolean matches(String host, String allowed) {
    return host.equals(allowed) || host.endsWith("." + allowed);
  }

  private static String origin(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }
}
