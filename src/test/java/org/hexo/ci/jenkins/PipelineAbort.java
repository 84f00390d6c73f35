package org.hexo.ci.jenkins;

/** What Jenkins' {@code error} step (or a failing {@code sh}) throws: it aborts the pipeline. */
public final class PipelineAbort extends RuntimeException {
  public PipelineAbort(String message) {
    super(message);
  }
}
