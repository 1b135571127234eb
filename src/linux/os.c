/* os.c (Linux): what the platform is. */
#include "ntix-int.h"

const char *
ntix_os_name(void) {
  return "linux";
}

const char *
ntix_os_wine_version(void) {
  return NULL;
}
