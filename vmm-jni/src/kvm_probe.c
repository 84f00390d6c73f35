/*
 * Runs a real KVM guest: open the device, check the API version and the capabilities Java asks
 * about, create a VM with one page of memory and one vCPU, load real-mode code that writes a
 * 16-bit value to an I/O port and halts, run it and record the exits. Java judges the exits; this
 * file only reports what happened and, on failure, the step and the errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "org_hexo_ci_nativeio_VmmNative.h"

/* Step codes: the same numbers as KvmProbeResult.Step#code(). */
enum {
  STEP_OPEN_DEVICE = 1,
  STEP_API_VERSION = 2,
  STEP_CAPABILITIES = 3,
  STEP_CREATE_VM = 4,
  STEP_SET_TSS_ADDR = 5,
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
  R_IO_DIRECTION,
  R_IO_SIZE,
  R_IO_PORT,
  R_IO_VALUE,
  R_EXIT2,
  R_DETAIL,
  R_LEN
};

#define GUEST_ADDR 0x1000
#define GUEST_SIZE 0x1000
#define TSS_ADDR 0xfffbd000UL

struct probe {
  int kvm, vm, vcpu;
  uint8_t *mem;
  struct kvm_run *run;
  size_t run_size;
  jlong r[R_LEN];
};

#if defined(__x86_64__) || defined(__i386__)
/* mov dx, port; mov ax, value; out dx, ax; hlt */
static void load_guest(uint8_t *mem, uint16_t port, uint16_t value) {
  const uint8_t code[] = {0xba, port & 0xff, port >> 8, 0xb8, value & 0xff, value >> 8, 0xef, 0xf4};
  memcpy(mem, code, sizeof code);
}

static int run_once(struct probe *p, int slot) {
  while (ioctl(p->vcpu, KVM_RUN, 0) != 0) {
    if (errno != EINTR) {
      return errno;
    }
  }
  p->r[slot] = p->run->exit_reason;
  if (p->run->exit_reason == KVM_EXIT_IO && slot == R_EXIT1) {
    const uint8_t *data = (const uint8_t *)p->run + p->run->io.data_offset;
    uint32_t value = 0;
    memcpy(&value, data, p->run->io.size <= sizeof value ? p->run->io.size : sizeof value);
    p->r[R_IO_DIRECTION] = p->run->io.direction;
    p->r[R_IO_SIZE] = p->run->io.size;
    p->r[R_IO_PORT] = p->run->io.port;
    p->r[R_IO_VALUE] = value;
  } else if (p->run->exit_reason == KVM_EXIT_FAIL_ENTRY) {
    p->r[R_DETAIL] = (jlong)p->run->fail_entry.hardware_entry_failure_reason;
  } else if (p->run->exit_reason == KVM_EXIT_INTERNAL_ERROR) {
    p->r[R_DETAIL] = p->run->internal.suberror;
  }
  return 0;
}

static int set_registers(struct probe *p) {
  struct kvm_sregs sregs;
  if (ioctl(p->vcpu, KVM_GET_SREGS, &sregs) != 0) return errno;
  sregs.cs.base = 0;
  sregs.cs.selector = 0;
  if (ioctl(p->vcpu, KVM_SET_SREGS, &sregs) != 0) return errno;
  struct kvm_regs regs;
  memset(&regs, 0, sizeof regs);
  regs.rip = GUEST_ADDR;
  regs.rflags = 0x2; /* bit 1 is reserved and must be set */
  if (ioctl(p->vcpu, KVM_SET_REGS, &regs) != 0) return errno;
  return 0;
}

/* Returns 0 or an errno; r[R_STEP] is the step that failed, or STEP_CHECK_EXITS. */
static int probe(struct probe *p, const char *device, const jint *caps, jint *cap_values,
                 jsize ncaps, uint16_t port, uint16_t value) {
  p->r[R_STEP] = STEP_OPEN_DEVICE;
  p->kvm = open(device, O_RDWR | O_CLOEXEC);
  if (p->kvm < 0) return errno;

  p->r[R_STEP] = STEP_API_VERSION;
  int api = ioctl(p->kvm, KVM_GET_API_VERSION, 0);
  if (api < 0) return errno;
  p->r[R_API_VERSION] = api;
  if (api != KVM_API_VERSION) return EPROTO;

  p->r[R_STEP] = STEP_CAPABILITIES;
  for (jsize i = 0; i < ncaps; i++) {
    int v = ioctl(p->kvm, KVM_CHECK_EXTENSION, caps[i]);
    if (v < 0) return errno;
    cap_values[i] = v;
  }

  p->r[R_STEP] = STEP_CREATE_VM;
  p->vm = ioctl(p->kvm, KVM_CREATE_VM, 0);
  if (p->vm < 0) return errno;

  p->r[R_STEP] = STEP_SET_TSS_ADDR; /* Intel needs it to run real mode; AMD accepts it */
  if (ioctl(p->vm, KVM_SET_TSS_ADDR, TSS_ADDR) != 0) return errno;

  p->r[R_STEP] = STEP_MAP_MEMORY;
  p->mem = mmap(NULL, GUEST_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p->mem == MAP_FAILED) {
    p->mem = NULL;
    return errno;
  }
  load_guest(p->mem, port, value);
  struct kvm_userspace_memory_region region = {
      .slot = 0,
      .guest_phys_addr = GUEST_ADDR,
      .memory_size = GUEST_SIZE,
      .userspace_addr = (uint64_t)(uintptr_t)p->mem,
  };
  if (ioctl(p->vm, KVM_SET_USER_MEMORY_REGION, &region) != 0) return errno;

  p->r[R_STEP] = STEP_CREATE_VCPU;
  p->vcpu = ioctl(p->vm, KVM_CREATE_VCPU, 0);
  if (p->vcpu < 0) return errno;

  p->r[R_STEP] = STEP_MAP_RUN;
  int size = ioctl(p->kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
  if (size < 0) return errno;
  if ((size_t)size < sizeof(struct kvm_run)) return EPROTO;
  p->run = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, p->vcpu, 0);
  if (p->run == MAP_FAILED) {
    p->run = NULL;
    return errno;
  }
  p->run_size = (size_t)size;

  p->r[R_STEP] = STEP_SET_REGISTERS;
  int rc = set_registers(p);
  if (rc != 0) return rc;

  /* No in-kernel irqchip: hlt then exits to user space instead of waiting for an interrupt. */
  p->r[R_STEP] = STEP_RUN;
  rc = run_once(p, R_EXIT1);
  if (rc == 0 && p->r[R_EXIT1] == KVM_EXIT_IO) rc = run_once(p, R_EXIT2);
  if (rc != 0) return rc;

  p->r[R_STEP] = STEP_CHECK_EXITS;
  return 0;
}

#else
/* The guest code and register set are x86; elsewhere the probe reports that it does not apply. */
static int probe(struct probe *p, const char *device, const jint *caps, jint *cap_values,
                 jsize ncaps, uint16_t port, uint16_t value) {
  (void)device, (void)caps, (void)cap_values, (void)ncaps, (void)port, (void)value;
  p->r[R_STEP] = STEP_OPEN_DEVICE;
  return ENOSYS;
}
#endif

static void release(struct probe *p) {
  if (p->run != NULL) munmap(p->run, p->run_size);
  if (p->vcpu >= 0) close(p->vcpu);
  if (p->mem != NULL) munmap(p->mem, GUEST_SIZE);
  if (p->vm >= 0) close(p->vm);
  if (p->kvm >= 0) close(p->kvm);
}

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_kvmProbe(
    JNIEnv *env, jclass cls, jstring device, jintArray capabilities, jintArray capability_values,
    jint port, jint value, jlongArray result) {
  (void)cls;
  const char *path = (*env)->GetStringUTFChars(env, device, NULL);
  if (path == NULL) return -1; /* an exception is pending */
  jsize ncaps = (*env)->GetArrayLength(env, capabilities);
  jint *caps = (*env)->GetIntArrayElements(env, capabilities, NULL);
  jint *values = caps == NULL ? NULL : (*env)->GetIntArrayElements(env, capability_values, NULL);
  if (values == NULL) {
    if (caps != NULL) (*env)->ReleaseIntArrayElements(env, capabilities, caps, JNI_ABORT);
    (*env)->ReleaseStringUTFChars(env, device, path);
    return -1;
  }
  struct probe p = {.kvm = -1, .vm = -1, .vcpu = -1, .r = {-1, -1, -1, -1, -1, -1, -1, -1, -1}};
  int rc = probe(&p, path, caps, values, ncaps, (uint16_t)port, (uint16_t)value);
  release(&p);
  (*env)->ReleaseIntArrayElements(env, capability_values, values, 0);
  (*env)->ReleaseIntArrayElements(env, capabilities, caps, JNI_ABORT);
  (*env)->ReleaseStringUTFChars(env, device, path);
  (*env)->SetLongArrayRegion(env, result, 0, R_LEN, p.r);
  return rc;
}
