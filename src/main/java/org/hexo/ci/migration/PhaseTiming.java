package org.hexo.ci.migration;

/**
 * How long one phase of a migration test took.
 *
 * @param name {@code reference}, {@code source}, {@code checkpoint}, {@code transfer}, {@code
 *     destination}, {@code downtime}, {@code total}; the return hop of a round trip adds {@code
 *     return-} prefixed ones
 * @param millis its duration in milliseconds
 */
public record PhaseTiming(String name, long millis) {}
