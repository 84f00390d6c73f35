package org.hexo.ci.report.matrix;

import static org.hexo.ci.report.Markup.escape;

import org.hexo.ci.verify.Verdict;

/** The bits of HTML both matrix pages share: the page frame, verdict colours. */
final class Html {
  private Html() {}

  static String colour(Verdict v) {
    return switch (v) {
      case PASS -> "#c8f0c8";
      case FAIL -> "#f5b5b5";
      case ERROR -> "#f7d9a0";
    };
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title>\n<style>body{font-family:sans-serif;margin:1em}"
        + "table{border-collapse:collapse;margin-bottom:1.5em}"
        + "td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;font-size:13px}"
        + "th{background:#eee}.small{font-size:11px;color:#333}</style></head>\n<body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "</body></html>\n";
  }
}
