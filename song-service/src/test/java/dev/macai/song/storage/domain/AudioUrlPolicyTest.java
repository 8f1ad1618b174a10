package dev.macai.song.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AudioUrlPolicyTest {

  private final AudioUrlPolicy open =
      new AudioUrlPolicy(URI.create("http://localhost:8090"), Set.of());
  private final AudioUrlPolicy listed =
      new AudioUrlPolicy(URI.create("https://api.mureka.ai"), Set.of("mureka.ai", "cdn.example"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.20",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "::1",
        "fe80::1",
        "fd00::5",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::"
      })
  void internalAddressesAreNotPublic(String address) throws Exception {
    assertThat(AudioUrlPolicy.isPublic(InetAddress.getByName(address))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "100.128.0.1"})
  void publicAddressesArePublic(String address) throws Exception {
    assertThat(AudioUrlPolicy.isPublic(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "http://cdn.mureka.ai/a.mp3, must be https",
    "file:///etc/passwd, only http(s)",
    "gopher://cdn.mureka.ai/a, only http(s)",
    "https://user:pw@cdn.mureka.ai/a.mp3, user info",
    "http://localhost:8091/bucket/a.mp3, must be https",
    "http://169.254.169.254/latest/meta-data, must be https"
  })
  void refusesSchemesAndOriginsByName(String url, String why) {
    assertThat(open.refuseByName(URI.create(url)))
        .hasValueSatisfying(r -> assertThat(r).contains(why));
  }

  @Test
  void theConfiguredMurekaOriginMayBeHttpAndLocal() throws Exception {
    URI simulator = URI.create("http://localhost:8090/mureka-files/ok/choice-0.mp3");
    assertThat(open.refuseByName(simulator)).isEmpty();
    assertThat(open.refuseByAddress(simulator, List.of(InetAddress.getByName("127.0.0.1"))))
        .isEmpty();
  }

  @Test
  void anHttpsHostResolvingInsideIsRefused() throws Exception {
    URI rebound = URI.create("https://audio.attacker.example/a.mp3");
    assertThat(open.refuseByName(rebound)).isEmpty();
    assertThat(
            open.refuseByAddress(
                rebound,
                List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7"))))
        .hasValueSatisfying(r -> assertThat(r).contains("internal"));
  }

  @Test
  void theAllowListTakesHostsAndTheirSubdomainsOnly() {
    assertThat(listed.refuseByName(URI.create("https://cdn.mureka.ai/a.mp3"))).isEmpty();
    assertThat(listed.refuseByName(URI.create("https://mureka.ai/a.mp3"))).isEmpty();
    assertThat(listed.refuseByName(URI.create("https://cdn.example/a.mp3"))).isEmpty();
    assertThat(listed.refuseByName(URI.create("https://evilmureka.ai/a.mp3")))
        .hasValueSatisfying(r -> assertThat(r).contains("SONG_AUDIO_HOSTS"));
    assertThat(listed.refuseByName(URI.create("https://mureka.ai.evil.example/a.mp3"))).isPresent();
  }
}
