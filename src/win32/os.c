/* os.c (Windows): what the platform is, and whether Wine provides it
 * (Wine's ntdll exports wine_get_version; Windows's does not).
 */
#include <windows.h>

#include "ntix-int.h"

const char *
ntix_os_name(void) {
  return "windows";
}

const char *
ntix_os_wine_version(void) {
  typedef const char *(__cdecl * wine_version_fn)(void);
  HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
  wine_version_fn fn;

  if (ntdll == NULL)
    return NULL;
  /* GetProcAddress returns a generic FARPROC; the double cast through void*
   * keeps -Wcast-function-type quiet. */
  fn = (wine_version_fn)(void *)GetProcAddress(ntdll, "wine_get_version");
  return fn != NULL ? fn() : NULL;
}

/* The entry points of this backend are src/common's, which test the
 * tracing switch themselves: no gate of its own to open or close. */
void
ntix__b_trace_changed(int on) {
  (void)on;
}
