/* poll-proc.c (Windows): process and signal descriptors in the poller.
 * A process descriptor's end arrives as its job's exit-process message on
 * the poller's port (process.c binds the job at the first registration);
 * a signal arrives as a packet posted by signal.c (ntix_kill from any
 * process, or a console control event).  Such registrations live on the
 * poller's ready list, so they are level-triggered: a process stays IN
 * once it has ended, a signal while arrivals are unread.  No thread waits
 * on any of them.
 */
#include "poll-int.h"

int
ntix__pollx_add(poller_t *p, reg_t *r, const ntix__fdent_t *e) {
  r->handle = e->handle;
  if (e->ext == NULL) /* a duplicate: a plain handle */
    return ntix__refuse(NTIX_EPERM, "ntix_poll_ctl");
  if (e->kind == NTIX__K_PROCESS) {
    r->kind = RK_PROC;
    r->ext_id = ntix__proc_pid_of(e);
    return ntix__proc_bind(e, p->port, p->serial);
  }
  r->kind = RK_SIGNAL;
  r->ext_id = ntix__signal_of(e);
  return ntix__signal_bind(r->ext_id, p->port, p->serial);
}

void
ntix__pollx_submit(reg_t *r) {
  if (r->kind == RK_PROC ? ntix__proc_ended(r->handle)
                         : ntix__signal_pending(r->ext_id) > 0)
    ntix__poll_push_ready(r, NTIX_POLL_IN);
}

void
ntix__pollx_delete(poller_t *p, reg_t *r) {
  if (r->kind == RK_SIGNAL)
    ntix__signal_unbind(r->ext_id, p->serial);
}

uint32_t
ntix__pollx_signal_events(const reg_t *r) {
  return ntix__signal_pending(r->ext_id) > 0 ? NTIX_POLL_IN : 0;
}

/* Job messages other than an exit (new process, no active process) and
 * packets for registrations deleted meanwhile name nothing. */
void
ntix__pollx_packet(poller_t *p, const ntix__file_io_completion_info_t *c) {
  reg_kind_t kind = RK_SIGNAL;
  int fd, id = (int)(ULONG_PTR)c->ApcContext;
  reg_t *r;

  if (c->KeyContext == NTIX__KEY_PROC) {
    if (c->IoStatusBlock.Information != NTIX__JOB_MSG_EXIT_PROCESS &&
        c->IoStatusBlock.Information != NTIX__JOB_MSG_ABNORMAL_EXIT_PROCESS)
      return;
    kind = RK_PROC;
  }
  for (fd = 0; fd < p->cap; fd++)
    if ((r = p->table[fd]) != NULL && r->kind == kind && r->ext_id == id)
      ntix__poll_push_ready(r, NTIX_POLL_IN);
}
