/*
 * The KVM probe's core, shared by the JNI entry point (kvm_probe_jni.c) and the stand-alone
 * program run on boards (probe/main.c). It only records what happened; Java judges it.
 */
#ifndef HEXO_KVM_PROBE_H
#define HEXO_KVM_PROBE_H

#include <stdint.h>

/* Step codes: the same numbers as KvmProbeResult.Step#code(). */
enum {
  STEP_OPEN_DEVICE = 1,
  STEP_API_VERSION = 2,
  STEP_CAPABILITIES = 3,
  STEP_CREATE_VM = 4,
  STEP_SET_TSS_ADDR = 5, /* x86 only */
  STEP_MAP_MEMORY = 6,
  STEP_CREATE_VCPU = 7,
  STEP_MAP_RUN = 8,
  STEP_SET_REGISTERS = 9,
  STEP_RUN = 10,
  STEP_CHECK_EXITS = 11, /* the run finished: Java checks the exits */
};

/* Result slots: the same indices as KvmProbe's reading of the long[]. */
enum {
  R_STEP,
  R_API_VERSION,
  R_EXIT1,
  R_OUT_DIRECTION, /* 1 for a write (x86 out, aarch64 MMIO store) */
  R_OUT_SIZE,
  R_OUT_TARGET, /* the I/O port (x86) or guest-physical address (aarch64) written */
  R_OUT_VALUE,
  R_EXIT2,
  R_DETAIL, /* failure reason, internal-error suberror, or system-event type */
  R_LEN
};

/*
 * Runs a guest on device that writes value (16 bits) to target, an I/O port on x86 and an
 * unbacked guest-physical address on aarch64, then stops (hlt on x86, PSCI SYSTEM_OFF on aarch64).
 * Reads each capability number of caps into values. Fills r (R_LEN slots, -1 when not reached) and
 * returns 0 or the errno of the failing step, r[R_STEP].
 */
int hexo_kvm_probe(const char *device, const int32_t *caps, int32_t *values, int ncaps,
                   uint32_t target, uint16_t value, int64_t r[R_LEN]);

#endif
