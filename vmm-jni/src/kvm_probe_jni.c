/* The JNI entry point of the KVM probe (kvm_probe.c): arrays in, arrays out. */
#include "kvm_probe.h"
#include "org_hexo_ci_nativeio_VmmNative.h"

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_kvmProbe(
    JNIEnv *env, jclass cls, jstring device, jintArray capabilities, jintArray capability_values,
    jint target, jint value, jlongArray result) {
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
  int64_t r[R_LEN];
  int rc = hexo_kvm_probe(path, caps, values, ncaps, (uint32_t)target, (uint16_t)value, r);
  (*env)->ReleaseIntArrayElements(env, capability_values, values, 0);
  (*env)->ReleaseIntArrayElements(env, capabilities, caps, JNI_ABORT);
  (*env)->ReleaseStringUTFChars(env, device, path);
  (*env)->SetLongArrayRegion(env, result, 0, R_LEN, (const jlong *)r);
  return rc;
}
