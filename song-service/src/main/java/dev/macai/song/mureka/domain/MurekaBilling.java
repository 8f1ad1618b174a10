package dev.macai.song.mureka.domain;

/** The account's balance and limits ({@code /v1/account/billing}); amounts in Mureka's units. */
public record MurekaBilling(
    Long accountId,
    Long balance,
    Long totalRecharge,
    Long totalSpending,
    Integer concurrentRequestLimit) {}
