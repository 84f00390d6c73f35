package org.hexo.ci.nativeio;

/**
 * The KVM capabilities the probe reads with {@code KVM_CHECK_EXTENSION}: those uhyve's x86-64
 * backend cannot run without are {@link #required()}; the rest are reported for diagnosis.
 */
public enum KvmCapability {
  /** Guest memory backed by user-space mappings: how uhyve maps the unikernel's memory. */
  USER_MEMORY(3, true),
  /** The TSS address of an Intel VM, needed to run real-mode and boot code. */
  SET_TSS_ADDR(4, true),
  /** KVM_SET_CPUID2, with which uhyve gives the guest its CPUID. */
  EXT_CPUID(7, true),
  /** An in-kernel interrupt controller, which uhyve creates for the guest's timer. */
  IRQCHIP(0, true),
  /** Read-only memory slots. */
  READONLY_MEM(81, false),
  /** The TSC-deadline timer mode of the local APIC. */
  TSC_DEADLINE_TIMER(72, false),
  /** KVM_GET/SET_CLOCK, used to keep guest time across a checkpoint. */
  ADJUST_CLOCK(39, false),
  /** Host page-table changes reflected in the guest. */
  SYNC_MMU(16, false),
  /** Interrupts injected through eventfds. */
  IRQFD(32, false),
  /** The recommended number of vCPUs per VM (a count, not a flag). */
  NR_VCPUS(9, false),
  /** The maximum number of vCPUs per VM (a count, not a flag). */
  MAX_VCPUS(66, false);

  private final int number;
  private final boolean required;

  KvmCapability(int number, boolean required) {
    this.number = number;
    this.required = required;
  }

  /** The {@code KVM_CAP_*} number from linux/kvm.h. */
  public int number() {
    return number;
  }

  /** True when uhyve cannot run a guest without it. */
  public boolean required() {
    return required;
  }

  /** The constant's name in linux/kvm.h, e.g. "KVM_CAP_USER_MEMORY". */
  public String kvmName() {
    return "KVM_CAP_" + name();
  }
}
