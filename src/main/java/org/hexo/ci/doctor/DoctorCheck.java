package org.hexo.ci.doctor;

import java.util.function.Supplier;

/**
 * One row of {@code hexo-ci doctor}: a named probe of the host. Build them with the factories in
 * {@link HostChecks} or {@link #of}; add a row by adding a check to {@link HostChecks#defaults}.
 */
public interface DoctorCheck {
  /** The row label, e.g. {@code docker daemon}. */
  String name();

  /** A required check failing makes doctor exit 3; an optional one only warns. */
  boolean required();

  /** Probes the host; never throws (a probe that throws is reported as failed). */
  Outcome run();

  /** The result of a probe: passed or not, what was seen, and what to do when it failed. */
  record Outcome(boolean ok, String detail, String remedy) {
    public static Outcome ok(String detail) {
      return new Outcome(true, detail, "");
    }

    public static Outcome fail(String detail, String remedy) {
      return new Outcome(false, detail, remedy);
    }
  }

  /** A check from a name, a required flag and a probe. */
  static DoctorCheck of(String name, boolean required, Supplier<Outcome> probe) {
    return new DoctorCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean required() {
        return required;
      }

      @Override
      public Outcome run() {
        try {
          return probe.get();
        } catch (RuntimeException e) {
          return Outcome.fail("probe failed: " + e.getMessage(), "see the message");
        }
      }
    };
  }
}
