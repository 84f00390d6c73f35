#include "jni_strings.h"

#include <stdlib.h>
#include <string.h>

static void throw_oom(JNIEnv *env) {
  jclass oom = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
  if (oom != NULL) {
    (*env)->ThrowNew(env, oom, "hexo-vmm: out of native memory copying strings");
  }
}

char *hv_string(JNIEnv *env, jstring s) {
  const char *utf = (*env)->GetStringUTFChars(env, s, NULL);
  if (utf == NULL) {
    return NULL;
  }
  char *copy = strdup(utf);
  (*env)->ReleaseStringUTFChars(env, s, utf);
  if (copy == NULL) {
    throw_oom(env);
  }
  return copy;
}

char **hv_string_array(JNIEnv *env, jobjectArray array) {
  jsize n = (*env)->GetArrayLength(env, array);
  char **strings = calloc((size_t)n + 1, sizeof(char *));
  if (strings == NULL) {
    throw_oom(env);
    return NULL;
  }
  for (jsize i = 0; i < n; i++) {
    jstring s = (jstring)(*env)->GetObjectArrayElement(env, array, i);
    if (s == NULL) {
      hv_free_string_array(strings);
      return NULL;
    }
    strings[i] = hv_string(env, s);
    (*env)->DeleteLocalRef(env, s);
    if (strings[i] == NULL) {
      hv_free_string_array(strings);
      return NULL;
    }
  }
  return strings;
}

void hv_free_string_array(char **strings) {
  if (strings == NULL) {
    return;
  }
  for (char **p = strings; *p != NULL; p++) {
    free(*p);
  }
  free(strings);
}
