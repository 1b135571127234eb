/* check_handles.c: Windows only: cases that need handles made with the
 * Win32 API, which the shared suites cannot create.  An overlapped
 * message-mode pipe adopted with ntix_fd_from_native and polled (NT
 * completes its zero-byte read with the warning STATUS_BUFFER_OVERFLOW,
 * and still queues a packet), and a pipe whose duplicate another poller
 * wants (one file object, one completion port).
 */
#include <string.h>
#include <windows.h>

#include "../check-util.h"

#define MS 1000000LL

static int pipe_serial;

/* An adopted overlapped message-mode pipe read end in *rd, and the
 * client's write handle in *wr. */
static void
message_pipe(int *rd, HANDLE *wr) {
  WCHAR name[64];
  HANDLE s;

  wsprintfW(name, L"\\\\.\\pipe\\ntix-handles-%lu-%d", GetCurrentProcessId(),
            pipe_serial++);
  s = CreateNamedPipeW(name, PIPE_ACCESS_INBOUND | FILE_FLAG_OVERLAPPED,
                       PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE, 1, 4096, 4096,
                       0, NULL);
  ck_assert(s != INVALID_HANDLE_VALUE);
  *wr = CreateFileW(name, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
  ck_assert(*wr != INVALID_HANDLE_VALUE);
  *rd = (int)NT_OK(ntix_fd_from_native((intptr_t)s));
}

static void
put_message(HANDLE wr, const char *msg, DWORD len) {
  DWORD n = 0;

  ck_assert(WriteFile(wr, msg, len, &n, NULL) && n == len);
}

START_TEST(message_pipe_polled) {
  ntix_poll_event_t ev[4];
  char buf[16];
  HANDLE wr;
  int p, rd, i;

  p = (int)NT_OK(ntix_poll_create(0));
  message_pipe(&rd, &wr);
  put_message(wr, "message", 7);
  NT_EXPECT("poll_ctl: ADD adopted message-mode pipe",
            ntix_poll_ctl(p, NTIX_POLL_ADD, rd, NTIX_POLL_IN, 7), 0);
  NT_EXPECT("poll_wait: message waiting in an adopted message-mode pipe",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  NT_EXPECT("poll: a waiting message is IN, not ERR", ev[0].events,
            NTIX_POLL_IN);
  NT_EXPECT("read: part of a message", ntix_read(rd, buf, 4), 4);
  NT_EXPECT("read: rest of the message", ntix_read(rd, buf + 4, 8), 3);
  NT_EXPECT("read: message whole", memcmp(buf, "message", 7), 0);
  /* Removed while a zero-byte read answered with the warning is still in
   * the port: the registration must outlive its packet. */
  put_message(wr, "again", 5);
  for (i = 0; i < 3; i++) ntix_poll_wait(p, ev, 4, 0);
  NT_EXPECT("poll_ctl: DEL with a warning packet queued",
            ntix_poll_ctl(p, NTIX_POLL_DEL, rd, 0, 0), 0);
  NT_EXPECT("poll_wait: nothing after DEL", ntix_poll_wait(p, ev, 4, 50 * MS),
            0);
  NT_EXPECT("poll_close: after a warning packet", ntix_poll_close(p), 0);
  CloseHandle(wr);
  ntix_close(rd);
}
END_TEST

/* A duplicate shares the file object, and the file object has one
 * completion port: a second poller must be refused, as for the same
 * descriptor (doc/known-differences.md). */
START_TEST(pipe_dup_in_second_poller) {
  int p1, p2, fds[2], d;

  p1 = (int)NT_OK(ntix_poll_create(0));
  p2 = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  d = (int)NT_OK(ntix_dup(fds[0]));
  NT_EXPECT("poll_ctl: pipe read end in a first poller",
            ntix_poll_ctl(p1, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 1), 0);
  NT_EXPECT("poll_ctl: pipe read end in a second poller",
            ntix_poll_ctl(p2, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 2),
            NTIX_EPERM);
  NT_EXPECT("poll_ctl: dup of the pipe read end in a second poller",
            ntix_poll_ctl(p2, NTIX_POLL_ADD, d, NTIX_POLL_IN, 3), NTIX_EPERM);
  NT_EXPECT("poll_ctl: dup of the pipe read end in the same poller",
            ntix_poll_ctl(p1, NTIX_POLL_ADD, d, NTIX_POLL_IN, 4), 0);
  NT_OK(ntix_write(fds[1], "x", 1));
  NT_EXPECT("poll: first poller still sees the pipe",
            ntix_poll_wait(p1, (ntix_poll_event_t[4]){0}, 4, 5000 * MS) >= 1,
            1);
  NT_OK(ntix_poll_ctl(p1, NTIX_POLL_DEL, d, 0, 0));
  NT_EXPECT("poll_ctl: dup back in the first poller",
            ntix_poll_ctl(p1, NTIX_POLL_ADD, d, NTIX_POLL_IN, 5), 0);
  ntix_close(d);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_poll_close(p1);
  ntix_poll_close(p2);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("handles");
  TCase *tc = ntix_t_tcase("handles");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, message_pipe_polled);
  tcase_add_test(tc, pipe_dup_in_second_poller);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "handles");
}
