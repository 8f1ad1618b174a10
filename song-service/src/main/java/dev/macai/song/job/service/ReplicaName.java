package dev.macai.song.job.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** A name for this process among the replicas: host plus a random suffix (one host, many JVMs). */
final class ReplicaName {

  private ReplicaName() {}

  static String generate() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "replica";
    }
    if (host.length() > 60) {
      host = host.substring(0, 60);
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
