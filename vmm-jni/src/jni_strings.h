/* Copies Java strings and string arrays into C memory the caller frees. */
#ifndef HEXO_VMM_JNI_STRINGS_H
#define HEXO_VMM_JNI_STRINGS_H

#include <jni.h>

/* A malloc'd copy of s (modified UTF-8), or NULL with an exception pending. */
char *hv_string(JNIEnv *env, jstring s);

/* A malloc'd NULL-terminated copy of a String[], or NULL with an exception pending. */
char **hv_string_array(JNIEnv *env, jobjectArray array);

void hv_free_string_array(char **strings);

#endif
