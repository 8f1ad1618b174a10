package dev.macai.auth.service;

/**
 * What a login, refresh or password change hands back: a signed access token and a new refresh
 * secret with the seconds it stays valid (never past its family's end).
 */
public record IssuedSession(
    String accessToken,
    long expiresInSeconds,
    String refreshSecret,
    long refreshExpiresInSeconds,
    Account user) {}
