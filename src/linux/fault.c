/* fault.c (Linux): the backend's part of fault injection (test builds
 * only, see src/common/fault.c): the call site the stubs of syscall.h
 * record, and the count of open descriptors (/proc/self/fd) for leak
 * checks.
 */
#include "linux-int.h"

#if defined(NTIX_FAULT_INJECTION)

_Thread_local const char *ntix__fault_site;

/* struct linux_dirent64's fixed head. */
struct kdirent {
  uint64_t ino;
  int64_t off;
  unsigned short reclen;
  unsigned char type;
  char name[];
};

int
ntix_fault_handles(int probe) {
  char buf[4096];
  long fd, n;
  int count = 0;

  (void)probe; /* one way to count here */
  ntix__fault_quiet++;
  fd = ntix__sys4(__NR_openat, AT_FDCWD, (long)"/proc/self/fd",
                  O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd < 0) {
    ntix__fault_quiet--;
    return (int)fd;
  }
  while ((n = ntix__sys3(__NR_getdents64, fd, (long)buf, sizeof(buf))) > 0) {
    long off = 0;

    while (off < n) {
      struct kdirent *d = (struct kdirent *)(buf + off);

      if (d->name[0] != '.')
        count++;
      off += d->reclen;
    }
  }
  ntix__sys1(__NR_close, fd);
  ntix__fault_quiet--;
  /* The directory's own descriptor is not the program's. */
  return count - 1;
}

#else

typedef int ntix__fault_unused_t;

#endif /* NTIX_FAULT_INJECTION */
