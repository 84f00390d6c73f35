/**
 * Finds the commit of one toolchain component that broke a migration test: the component's
 * first-parent commits between a good and a bad ref ({@link FirstParent}), a binary search that
 * skips commits it cannot judge ({@link Bisection}), each step built and run for real ({@link
 * CellProbe}), and the JSON and HTML summaries ({@link BisectReport}).
 */
package org.hexo.ci.bisect;
