/* prun.c: a tiny "xargs -P" with ntix; the same source on Linux and
 * Windows.
 *
 * Usage: prun [-P N] COMMAND [ARG...]
 *   Reads items, one per line, from standard input and runs
 *   "COMMAND ARG... ITEM" for each, at most N at a time (default: the
 *   number of processors).  COMMAND without a '/' is looked for in PATH.
 *   Each child's standard output and error go into one pipe; a poller
 *   watches every pipe together with every child's exit.  For each item,
 *   in input order, prun prints "== ITEM: exited CODE" (or "killed by
 *   signal N") and the child's output, then a summary line.  It exits 0
 *   if every child exited 0, 1 if one did not or could not start, 2 for
 *   bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntix.h"

#define MAX_ITEMS 4096

typedef struct job {
  char *item;
  int pfd;   /* process descriptor, -1 once waited for */
  int out;   /* read end of its pipe, -1 at end of file */
  int start; /* ntix_spawn's result: < 0 if it could not start */
  ntix_proc_status_t st;
  char *buf; /* its output */
  size_t len, cap;
} job_t;

typedef struct run {
  job_t jobs[MAX_ITEMS];
  int count, next, running, printed, failed;
  int poller;
  const char **argv; /* COMMAND ARG... ITEM NULL */
  int argc;
} run_t;

static void
out(const char *s, size_t n) {
  while (n > 0) {
    int64_t w = ntix_write(1, s, n);
    if (w <= 0)
      exit(1);
    s += w;
    n -= (size_t)w;
  }
}

static void
outs(const char *s) {
  out(s, strlen(s));
}

/* Standard input, split into lines (a "\r\n" ending counts as "\n"). */
static int
read_items(run_t *r) {
  static char text[1 << 20];
  size_t len = 0;
  int64_t n;
  char *p, *nl;

  while ((n = ntix_read(0, text + len, sizeof(text) - 1 - len)) > 0)
    len += (size_t)n;
  if (n < 0)
    return (int)n;
  text[len] = '\0';
  for (p = text; *p != '\0' && r->count < MAX_ITEMS; p = nl + 1) {
    nl = strchr(p, '\n');
    if (nl == NULL)
      nl = p + strlen(p) - 1;
    else
      *nl = '\0';
    if (nl > p && nl[-1] == '\r')
      nl[-1] = '\0';
    if (*p != '\0')
      r->jobs[r->count++].item = p;
  }
  return 0;
}

/* Event data: the job's index, and which of its two descriptors. */
#define DATA(i, is_proc) (((uint64_t)(i) << 1) | (is_proc))

static void
start(run_t *r, int i) {
  job_t *j = &r->jobs[i];
  ntix_spawn_t sp;
  int fds[2];

  memset(&sp, 0, sizeof(sp));
  j->pfd = j->out = -1;
  if ((j->start = ntix_pipe(fds, 0)) < 0)
    return;
  r->argv[r->argc] = j->item;
  sp.file = r->argv[0];
  sp.argv = r->argv;
  sp.flags = NTIX_SPAWN_SEARCH;
  sp.stdio[0].how = NTIX_STDIO_NULL;
  sp.stdio[1].how = sp.stdio[2].how = NTIX_STDIO_FD;
  sp.stdio[1].fd = sp.stdio[2].fd = fds[1];
  j->start = ntix_spawn(&sp, NULL);
  ntix_close(fds[1]);
  if (j->start < 0) {
    ntix_close(fds[0]);
    return;
  }
  j->pfd = j->start;
  j->out = fds[0];
  ntix_poll_ctl(r->poller, NTIX_POLL_ADD, j->out, NTIX_POLL_IN, DATA(i, 0));
  ntix_poll_ctl(r->poller, NTIX_POLL_ADD, j->pfd, NTIX_POLL_IN, DATA(i, 1));
  r->running++;
}

static void
append(job_t *j, const char *s, size_t n) {
  if (j->len + n > j->cap) {
    j->cap = (j->len + n) * 2;
    if ((j->buf = realloc(j->buf, j->cap)) == NULL)
      exit(1);
  }
  memcpy(j->buf + j->len, s, n);
  j->len += n;
}

/* Prints finished jobs in input order. */
static void
report(run_t *r) {
  char line[64];
  job_t *j;

  while (r->printed < r->next) {
    j = &r->jobs[r->printed];
    if (j->start >= 0 && (j->out >= 0 || j->pfd >= 0))
      return;
    outs("== ");
    outs(j->item);
    if (j->start < 0)
      snprintf(line, sizeof(line), ": cannot start: %s\n",
               ntix_strerror(j->start));
    else if (j->st.how == NTIX_PROC_EXITED)
      snprintf(line, sizeof(line), ": exited %d\n", j->st.code);
    else
      snprintf(line, sizeof(line), ": killed by signal %d\n", j->st.signo);
    outs(line);
    out(j->buf != NULL ? j->buf : "", j->len);
    if (j->len > 0 && j->buf[j->len - 1] != '\n')
      outs("\n");
    r->failed +=
        j->start < 0 || j->st.how != NTIX_PROC_EXITED || j->st.code != 0;
    free(j->buf);
    r->printed++;
  }
}

/* One event: output to collect, or a child that ended. */
static void
handle(run_t *r, const ntix_poll_event_t *ev) {
  job_t *j = &r->jobs[ev->data >> 1];
  char buf[4096];
  int64_t n;

  if (ev->data & 1) {
    ntix_poll_ctl(r->poller, NTIX_POLL_DEL, j->pfd, 0, 0);
    ntix_proc_wait(j->pfd, &j->st, 0);
    ntix_close(j->pfd);
    j->pfd = -1;
  } else if ((n = ntix_read(j->out, buf, sizeof(buf))) > 0) {
    append(j, buf, (size_t)n);
    return;
  } else {
    ntix_poll_ctl(r->poller, NTIX_POLL_DEL, j->out, 0, 0);
    ntix_close(j->out);
    j->out = -1;
  }
  if (j->out < 0 && j->pfd < 0)
    r->running--;
}

static int
usage(void) {
  outs("usage: prun [-P N] COMMAND [ARG...] < items\n");
  return 2;
}

int
main(int argc, char **argv) {
  static run_t r;
  ntix_poll_event_t ev[16];
  int par = ntix_cpu_count(), first = 1, i, n;
  char summary[80];

  if (argc > 2 && strcmp(argv[1], "-P") == 0) {
    par = atoi(argv[2]);
    first = 3;
  }
  if (first >= argc || par < 1)
    return usage();
  r.argc = argc - first;
  r.argv = calloc((size_t)r.argc + 2, sizeof(*r.argv));
  if (r.argv == NULL || read_items(&r) < 0 ||
      (r.poller = ntix_poll_create(0)) < 0)
    return 1;
  for (i = 0; i < r.argc; i++) r.argv[i] = argv[first + i];
  while (r.printed < r.count) {
    while (r.running < par && r.next < r.count) start(&r, r.next++);
    report(&r);
    if (r.running == 0)
      continue;
    n = ntix_poll_wait(r.poller, ev, 16, -1);
    for (i = 0; i < n; i++) handle(&r, &ev[i]);
    report(&r);
  }
  snprintf(summary, sizeof(summary), "prun: %d children, %d failed\n", r.count,
           r.failed);
  outs(summary);
  return r.failed > 0;
}
