/* Identifies the library so the loader can refuse a .so built for another hexo-ci version. */
#include "org_hexo_ci_nativeio_VmmNative.h"

JNIEXPORT jstring JNICALL Java_org_hexo_ci_nativeio_VmmNative_version(JNIEnv *env, jclass cls) {
  (void)cls;
  return (*env)->NewStringUTF(env, HEXO_VMM_VERSION);
}
