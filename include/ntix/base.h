/* ntix/base.h: what every part of ntix.h shares: the export attribute and
 * the version.  Include <ntix.h>, not this file. */
#ifndef NTIX_BASE_H
#define NTIX_BASE_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) && defined(NTIX_BUILDING_DLL)
#define NTIX_API __declspec(dllexport)
#elif defined(__GNUC__)
#define NTIX_API __attribute__((visibility("default")))
#else
#define NTIX_API
#endif

#define NTIX_VERSION_MAJOR 0
#define NTIX_VERSION_MINOR 1
#define NTIX_VERSION_PATCH 0

#endif /* NTIX_BASE_H */
