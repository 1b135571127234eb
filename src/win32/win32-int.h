/* win32-int.h: what the Windows backend's files share: the descriptor
 * table and path conversion.  Includes nt.h (our own NT declarations).
 */
#ifndef NTIX_WIN32_INT_H
#define NTIX_WIN32_INT_H

#include "ntix-int.h"
#include "nt.h"

/* What a descriptor refers to. */
typedef enum ntix__kind {
  NTIX__K_FREE = 0,
  NTIX__K_FILE,    /* regular file or device opened with NtCreateFile */
  NTIX__K_DIR,     /* directory */
  NTIX__K_PIPE,    /* either end of a pipe */
  NTIX__K_SOCKET,  /* AFD socket */
  NTIX__K_POLLER,  /* ntix poller */
  NTIX__K_CONSOLE, /* console handle */
  NTIX__K_OTHER    /* adopted handle of unknown kind */
} ntix__kind_t;

/* Descriptor flags. */
#define NTIX__F_READ 0x0001     /* opened for reading */
#define NTIX__F_WRITE 0x0002    /* opened for writing */
#define NTIX__F_APPEND 0x0004   /* every write goes to the end */
#define NTIX__F_NONBLOCK 0x0008 /* non-blocking (pipes, sockets) */
#define NTIX__F_INHERIT 0x0010  /* handle is inheritable */
#define NTIX__F_SYNC 0x0020     /* handle opened FILE_SYNCHRONOUS_IO_* */

typedef struct ntix__fdent {
  HANDLE handle;
  ntix__kind_t kind;
  uint32_t flags;
  void *ext; /* per-kind state owned by the entry (pipe buffers, ...) */
} ntix__fdent_t;

/* Installs handle in the lowest free slot; returns the descriptor or
 * NTIX_EMFILE (refused, handle not closed). */
int ntix__fd_alloc(HANDLE handle, ntix__kind_t kind, uint32_t flags, void *ext);

/* Copies fd's entry into *out: 0, or NTIX_EBADF recorded as refused by
 * call when fd is negative, out of the table or free. */
int ntix__fd_get(int fd, ntix__fdent_t *out, const char *call);

/* Updates the flags of an open descriptor (set, then clear). */
int ntix__fd_set_flags(int fd, uint32_t set, uint32_t clear);

/* Removes fd from the table and returns its entry for the caller to
 * close: 0 or NTIX_EBADF (refused). */
int ntix__fd_release(int fd, ntix__fdent_t *out, const char *call);

/* Converts a UTF-8 path to an NT path ("\??\C:\dir\name") in *out, which
 * the caller frees with ntix__path_free.  Accepts / and \, relative paths
 * (against the current directory), drive-relative "C:x", UNC "//srv/share"
 * and "\\?\" forms.  0 or a refused NTIX_EFAULT / NTIX_ENOENT (empty) /
 * NTIX_EILSEQ / NTIX_ENAMETOOLONG. */
int ntix__path_to_nt(const char *path, UNICODE_STRING *out, const char *call);
void ntix__path_free(UNICODE_STRING *us);

#endif /* NTIX_WIN32_INT_H */
