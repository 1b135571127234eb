/* ntix.h: one C interface to system calls and I/O events, the same on Linux
 * and on Windows.
 *
 * Every call returns >= 0 on success (a count, a descriptor or 0) or a
 * negative NTIX_E* code.  The codes are the negated Linux errno numbers on
 * every OS; the native status behind a failure (errno, NTSTATUS, Win32 or
 * WSA code) is kept per thread, see ntix_native_last().
 *
 * This header includes no OS header: no <windows.h>, no <sys/epoll.h>.
 * The declarations are in include/ntix/, one file per area; this header
 * includes them all and is the one to include.
 */
#ifndef NTIX_H
#define NTIX_H

#include "ntix/base.h"
#include "ntix/error.h"
#include "ntix/file.h"
#include "ntix/meta.h"
#include "ntix/socket.h"
#include "ntix/poll.h"
#include "ntix/process.h"
#include "ntix/trace.h"

#endif /* NTIX_H */
