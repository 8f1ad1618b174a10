package dev.macai.auth.service;

/**
 * What a login, refresh or password change hands back: a signed access token and a new refresh
 * secret.
 */
public record IssuedSession(
    String accessToken, long expiresInSeconds, String refreshSecret, Account user) {}
