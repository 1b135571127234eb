/* echo-client.c: sends one message to an echo server and prints what comes
 * back, with ntix; the same source on Linux and Windows.
 *
 * Usage: echo-client [ADDRESS [MESSAGE]]
 *   ADDRESS is a numeric "host:port", "127.0.0.1:7000" by default;
 *   MESSAGE defaults to "hello, ntix".  The client half-closes after
 *   sending, prints the echo up to the server's end of stream, and exits
 *   with 0 only if the echo equals the message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntix.h"

static int
fail(const char *what, int64_t rc) {
  fprintf(stderr, "echo-client: %s: %s\n", what, ntix_strerror((int)rc));
  return 1;
}

/* Sends all of len bytes (a blocking send may be short). */
static int64_t
send_all(int fd, const char *buf, size_t len) {
  size_t done = 0;

  while (done < len) {
    int64_t n = ntix_send(fd, buf + done, len - done, 0);
    if (n < 0)
      return n;
    done += (size_t)n;
  }
  return (int64_t)done;
}

int
main(int argc, char **argv) {
  const char *text = argc > 1 ? argv[1] : "127.0.0.1:7000";
  const char *msg = argc > 2 ? argv[2] : "hello, ntix";
  size_t len = strlen(msg), got = 0;
  ntix_sockaddr_t addr;
  char *echo;
  int64_t rc;
  int fd;

  if (ntix_sockaddr_parse(text, &addr) < 0) {
    fprintf(stderr, "echo-client: bad address '%s'\n", text);
    return 2;
  }
  if ((fd = ntix_socket(addr.family, NTIX_SOCK_STREAM, 0)) < 0)
    return fail("socket", fd);
  if ((rc = ntix_connect(fd, &addr)) < 0)
    return fail("connect", rc);
  if ((rc = send_all(fd, msg, len)) < 0)
    return fail("send", rc);
  /* End of stream tells the server the message is complete. */
  if ((rc = ntix_shutdown(fd, NTIX_SHUT_WR)) < 0)
    return fail("shutdown", rc);
  if ((echo = malloc(len + 1)) == NULL)
    return fail("malloc", NTIX_ENOMEM);
  for (;;) {
    char chunk[4096];

    rc = ntix_recv(fd, chunk, sizeof(chunk), 0);
    if (rc < 0)
      return fail("recv", rc);
    if (rc == 0)
      break;
    fwrite(chunk, 1, (size_t)rc, stdout);
    if (got + (size_t)rc <= len)
      memcpy(echo + got, chunk, (size_t)rc);
    got += (size_t)rc;
  }
  putchar('\n');
  ntix_close(fd);
  rc = got == len && memcmp(echo, msg, len) == 0;
  free(echo);
  return rc ? 0 : 1;
}
