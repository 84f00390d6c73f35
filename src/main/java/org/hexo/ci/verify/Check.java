package org.hexo.ci.verify;

/**
 * A strategy that judges one aspect of a migration run from its {@link RunEvidence}. Obtain
 * instances from {@link Checks}; combine them with {@link Checks#allOf}.
 */
@FunctionalInterface
public interface Check {
  CheckResult apply(RunEvidence evidence);
}
