/*
 * Runs a real KVM guest: open the device, check the API version and the capabilities Java asks
 * about, create a VM with one page of memory and one vCPU, load code that writes a 16-bit value
 * where the host sees it and stops, run it and record the exits. The guest is x86 real-mode code
 * on x86 hosts and AArch64 code on aarch64 ones; the steps and the result slots are the same.
 */
#include "kvm_probe.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define GUEST_ADDR 0x1000
#define GUEST_SIZE 0x1000

struct probe {
  int kvm, vm, vcpu;
  uint8_t *mem;
  struct kvm_run *run;
  size_t run_size;
  int64_t *r;
};

static void record_write(struct probe *p, int is_write, uint32_t size, uint64_t target,
                         const uint8_t *data) {
  uint32_t value = 0;
  memcpy(&value, data, size <= sizeof value ? size : sizeof value);
  p->r[R_OUT_DIRECTION] = is_write;
  p->r[R_OUT_SIZE] = size;
  p->r[R_OUT_TARGET] = (int64_t)target;
  p->r[R_OUT_VALUE] = value;
}

static void record_exit(struct probe *p, int slot) {
  struct kvm_run *run = p->run;
  p->r[slot] = run->exit_reason;
  switch (run->exit_reason) {
#if defined(__x86_64__)
    case KVM_EXIT_IO:
      if (slot == R_EXIT1)
        record_write(p, run->io.direction == KVM_EXIT_IO_OUT, run->io.size, run->io.port,
                     (const uint8_t *)run + run->io.data_offset);
      break;
#endif
    case KVM_EXIT_MMIO:
      if (slot == R_EXIT1)
        record_write(p, run->mmio.is_write, run->mmio.len, run->mmio.phys_addr, run->mmio.data);
      break;
    case KVM_EXIT_FAIL_ENTRY:
      p->r[R_DETAIL] = (int64_t)run->fail_entry.hardware_entry_failure_reason;
      break;
    case KVM_EXIT_INTERNAL_ERROR:
      p->r[R_DETAIL] = run->internal.suberror;
      break;
    case KVM_EXIT_SYSTEM_EVENT:
      p->r[R_DETAIL] = run->system_event.type;
      break;
  }
}

static int run_once(struct probe *p, int slot) {
  while (ioctl(p->vcpu, KVM_RUN, 0) != 0) {
    if (errno != EINTR) return errno;
  }
  record_exit(p, slot);
  return 0;
}

#if defined(__x86_64__)
#define FIRST_EXIT KVM_EXIT_IO
#define TSS_ADDR 0xfffbd000UL

/* mov dx, port; mov ax, value; out dx, ax; hlt */
static void load_guest(uint8_t *mem, uint32_t port, uint16_t value) {
  const uint8_t code[] = {0xba, port & 0xff, (port >> 8) & 0xff, 0xb8, value & 0xff, value >> 8,
                          0xef, 0xf4};
  memcpy(mem, code, sizeof code);
}

/* Intel needs a TSS to run real mode; AMD accepts it. */
static int prepare_vm(struct probe *p) {
  p->r[R_STEP] = STEP_SET_TSS_ADDR;
  return ioctl(p->vm, KVM_SET_TSS_ADDR, TSS_ADDR) != 0 ? errno : 0;
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

#elif defined(__aarch64__)
#include <linux/psci.h>
#define FIRST_EXIT KVM_EXIT_MMIO

/*
 * movz w1, #value; movz x0, #target[15:0]; movk x0, #target[31:16], lsl 16; strh w1, [x0];
 * movz x0, #SYSTEM_OFF[15:0]; movk x0, #SYSTEM_OFF[31:16], lsl 16; hvc #0; b .
 * With the MMU off every access is Device memory, so target must be 2-byte aligned.
 */
static void load_guest(uint8_t *mem, uint32_t target, uint16_t value) {
  const uint32_t code[] = {
      0x52800001u | ((uint32_t)value << 5),
      0xd2800000u | ((target & 0xffffu) << 5),
      0xf2a00000u | ((target >> 16) << 5),
      0x79000001u,
      0xd2800000u | (((uint32_t)PSCI_0_2_FN_SYSTEM_OFF & 0xffffu) << 5),
      0xf2a00000u | (((uint32_t)PSCI_0_2_FN_SYSTEM_OFF >> 16) << 5),
      0xd4000002u,
      0x14000000u,
  };
  memcpy(mem, code, sizeof code);
}

static int prepare_vm(struct probe *p) {
  (void)p;
  return 0;
}

/* The host's preferred vCPU type with PSCI 0.2 (for SYSTEM_OFF), starting at the guest code. */
static int set_registers(struct probe *p) {
  struct kvm_vcpu_init init;
  memset(&init, 0, sizeof init);
  if (ioctl(p->vm, KVM_ARM_PREFERRED_TARGET, &init) != 0) return errno;
  init.features[0] |= 1u << KVM_ARM_VCPU_PSCI_0_2;
  if (ioctl(p->vcpu, KVM_ARM_VCPU_INIT, &init) != 0) return errno;
  uint64_t pc = GUEST_ADDR;
  struct kvm_one_reg reg = {
      .id = KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_CORE | KVM_REG_ARM_CORE_REG(regs.pc),
      .addr = (uint64_t)(uintptr_t)&pc,
  };
  return ioctl(p->vcpu, KVM_SET_ONE_REG, &reg) != 0 ? errno : 0;
}

#else
#define NO_GUEST
#endif

#ifdef NO_GUEST
static int probe(struct probe *p, const char *device, const int32_t *caps, int32_t *values,
                 int ncaps, uint32_t target, uint16_t value) {
  (void)device, (void)caps, (void)values, (void)ncaps, (void)target, (void)value;
  p->r[R_STEP] = STEP_OPEN_DEVICE;
  return ENOSYS;
}
#else
static int probe(struct probe *p, const char *device, const int32_t *caps, int32_t *values,
                 int ncaps, uint32_t target, uint16_t value) {
  p->r[R_STEP] = STEP_OPEN_DEVICE;
  p->kvm = open(device, O_RDWR | O_CLOEXEC);
  if (p->kvm < 0) return errno;

  p->r[R_STEP] = STEP_API_VERSION;
  int api = ioctl(p->kvm, KVM_GET_API_VERSION, 0);
  if (api < 0) return errno;
  p->r[R_API_VERSION] = api;
  if (api != KVM_API_VERSION) return EPROTO;

  p->r[R_STEP] = STEP_CAPABILITIES;
  for (int i = 0; i < ncaps; i++) {
    int v = ioctl(p->kvm, KVM_CHECK_EXTENSION, caps[i]);
    if (v < 0) return errno;
    values[i] = v;
  }

  p->r[R_STEP] = STEP_CREATE_VM;
  p->vm = ioctl(p->kvm, KVM_CREATE_VM, 0);
  if (p->vm < 0) return errno;

  int rc = prepare_vm(p);
  if (rc != 0) return rc;

  p->r[R_STEP] = STEP_MAP_MEMORY;
  p->mem = mmap(NULL, GUEST_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p->mem == MAP_FAILED) {
    p->mem = NULL;
    return errno;
  }
  load_guest(p->mem, target, value);
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
  rc = set_registers(p);
  if (rc != 0) return rc;

  /* No in-kernel irqchip: x86 hlt exits to user space instead of waiting for an interrupt. */
  p->r[R_STEP] = STEP_RUN;
  rc = run_once(p, R_EXIT1);
  if (rc == 0 && p->r[R_EXIT1] == FIRST_EXIT) rc = run_once(p, R_EXIT2);
  if (rc != 0) return rc;

  p->r[R_STEP] = STEP_CHECK_EXITS;
  return 0;
}
#endif

int hexo_kvm_probe(const char *device, const int32_t *caps, int32_t *values, int ncaps,
                   uint32_t target, uint16_t value, int64_t r[R_LEN]) {
  for (int i = 0; i < R_LEN; i++) r[i] = -1;
  struct probe p = {.kvm = -1, .vm = -1, .vcpu = -1, .r = r};
  int rc = probe(&p, device, caps, values, ncaps, target, value);
  if (p.run != NULL) munmap(p.run, p.run_size);
  if (p.vcpu >= 0) close(p.vcpu);
  if (p.mem != NULL) munmap(p.mem, GUEST_SIZE);
  if (p.vm >= 0) close(p.vm);
  if (p.kvm >= 0) close(p.kvm);
  return rc;
}
