/* fuzz.h: what the libFuzzer targets share: the internal header, a check
 * that aborts (so that libFuzzer keeps the input) and small helpers. */
#ifndef NTIX_FUZZ_H
#define NTIX_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntix-int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                       \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* data[0..size) as a NUL-terminated string in a heap block of exactly
 * size + 1 bytes (an embedded NUL ends it early). */
static inline char *
fuzz_strdup(const uint8_t *data, size_t size) {
  char *s = malloc(size + 1);

  memcpy(s, data, size);
  s[size] = '\0';
  return s;
}

#endif /* NTIX_FUZZ_H */
