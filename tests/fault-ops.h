/* fault-ops.h: the operations tests/check_fault.c runs under fault
 * injection.  Each has an unarmed set-up, the call under test (armed: its
 * k-th native call fails), the check of a success (the whole effect is
 * there), the check of a failure (nothing happened; NULL where a failure
 * has no visible effect to undo) and an unarmed tear-down that releases
 * everything, so that the descriptor and handle counts before the set-up
 * and after the tear-down must agree.
 */
#ifndef NTIX_FAULT_OPS_H
#define NTIX_FAULT_OPS_H

#include <stdint.h>

#include "check-util.h"

typedef struct fop {
  int fd, fd2, fd3, pfd;
  int fds[2];
  int64_t id;
  void *mem;
  ntix_sockaddr_t addr;
  char a[200], b[256], cwd[1024];
} fop_t;

typedef struct fault_op {
  const char *name;
  void (*setup)(fop_t *c);
  int64_t (*run)(fop_t *c);
  int (*done)(fop_t *c, int64_t r);
  int (*undone)(fop_t *c);
  void (*teardown)(fop_t *c);
} fault_op_t;

/* fault-ops.c: files, directories, pipes, memory, the rest;
 * fault-ops-net.c: sockets, the poller, timers; fault-ops-fs.c: locks,
 * file mappings, copies, ntix_poll, directory watches; and
 * fault-ops-meta.c: descriptor flags, dup2, permissions, times, links,
 * file-system facts, child processes, signals, the environment. */
extern const fault_op_t fault_ops_file[];
extern const int fault_ops_file_count;
extern const fault_op_t fault_ops_net[];
extern const int fault_ops_net_count;
extern const fault_op_t fault_ops_fs[];
extern const int fault_ops_fs_count;
extern const fault_op_t fault_ops_meta[];
extern const int fault_ops_meta_count;

/* The child modes of fault-ops-meta.c's process operations: check_fault
 * runs this when argv[1] starts with FOP_CHILD_TAG, and exits with what
 * it returns. */
#define FOP_CHILD_TAG "@fault-child-"
int fop_child_main(int argc, char **argv);

/* Helpers shared by both files. */
void fop_init(fop_t *c);
void fop_close_all(fop_t *c);
/* Size of path, or -1 if it does not exist. */
int64_t fop_size(const char *path);
/* 1 if path holds exactly len bytes equal to data. */
int fop_holds(const char *path, const void *data, size_t len);

#endif /* NTIX_FAULT_OPS_H */
