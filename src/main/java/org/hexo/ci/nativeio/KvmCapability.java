package org.hexo.ci.nativeio;

import java.util.Set;

/**
 * The KVM capabilities the probe reads with {@code KVM_CHECK_EXTENSION}: those uhyve cannot run
 * without on an ISA are {@link #requiredOn required} there; the rest are reported for diagnosis.
 */
public enum KvmCapability {
  /** Guest memory backed by user-space mappings: how uhyve maps the unikernel's memory. */
  USER_MEMORY(3, "x86_64", "aarch64"),
  /** The TSS address of an Intel VM, needed to run real-mode and boot code. */
  SET_TSS_ADDR(4, "x86_64"),
  /** KVM_SET_CPUID2, with which uhyve gives the guest its CPUID. */
  EXT_CPUID(7, "x86_64"),
  /** An in-kernel interrupt controller (on aarch64 a vGIC), which uhyve creates for the timer. */
  IRQCHIP(0, "x86_64", "aarch64"),
  /** KVM_GET/SET_ONE_REG, through which aarch64 vCPU registers are read and written. */
  ONE_REG(70, "aarch64"),
  /** PSCI 0.2 in the vCPU, with which an aarch64 guest powers itself off. */
  ARM_PSCI_0_2(102, "aarch64"),
  /** Read-only memory slots. */
  READONLY_MEM(81),
  /** The TSC-deadline timer mode of the local APIC. */
  TSC_DEADLINE_TIMER(72),
  /** KVM_GET/SET_CLOCK, used to keep guest time across a checkpoint. */
  ADJUST_CLOCK(39),
  /** Host page-table changes reflected in the guest. */
  SYNC_MMU(16),
  /** Interrupts injected through eventfds. */
  IRQFD(32),
  /** The recommended number of vCPUs per VM (a count, not a flag). */
  NR_VCPUS(9),
  /** The maximum number of vCPUs per VM (a count, not a flag). */
  MAX_VCPUS(66);

  private final int number;
  private final Set<String> requiredOn;

  KvmCapability(int number, String... requiredOn) {
    this.number = number;
    this.requiredOn = Set.of(requiredOn);
  }

  /** The {@code KVM_CAP_*} number from linux/kvm.h. */
  public int number() {
    return number;
  }

  /**
   * True when uhyve cannot run a guest on a host of {@code arch} ("x86_64", "aarch64") without it.
   */
  public boolean requiredOn(String arch) {
    return requiredOn.contains(arch);
  }

  /** The constant's name in linux/kvm.h, e.g. "KVM_CAP_USER_MEMORY". */
  public String kvmName() {
    return "KVM_CAP_" + name();
  }
}
