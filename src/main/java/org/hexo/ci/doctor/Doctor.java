package org.hexo.ci.doctor;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs doctor checks and renders one row per check; single-use: {@link #call()} once. */
public final class Doctor {
  /** A rendered row. */
  public record Row(DoctorCheck check, DoctorCheck.Outcome outcome) {
    public String status() {
      return outcome.ok() ? "OK" : check.required() ? "FAIL" : "WARN";
    }
  }

  /** All rows; {@link #healthy()} is false when a required check failed. */
  public record Report(List<Row> rows) {
    public Report {
      rows = List.copyOf(rows);
    }

    public boolean healthy() {
      return rows.stream().allMatch(r -> r.outcome().ok() || !r.check().required());
    }

    public void print(PrintWriter out) {
      for (Row r : rows) {
        out.printf("%-4s  %-22s %s%n", r.status(), r.check().name(), r.outcome().detail());
        if (!r.outcome().ok() && !r.outcome().remedy().isEmpty()) {
          out.printf("      %-22s remedy: %s%n", "", r.outcome().remedy());
        }
      }
      out.flush();
    }
  }

  private final List<DoctorCheck> checks;

  public Doctor(List<DoctorCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public Report call() {
    List<Row> rows = new ArrayList<>();
    for (DoctorCheck c : checks) {
      rows.add(new Row(c, c.run()));
    }
    return new Report(rows);
  }
}
