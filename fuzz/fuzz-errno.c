/* fuzz-errno.c: ntix-errno's command line (tools/ntix-errno.c, included
 * whole so that its file-static state can be reset between runs).  The
 * input is the argument list, NUL-separated.  Output goes to a bounded
 * sink instead of descriptors 1 and 2.  Inputs asking for the whole list
 * (-l, --list, a bundle with l) are skipped: listing every table row
 * takes milliseconds and parses nothing (tests/ntix-errno.test checks
 * it).  Oracles: the exit status is 0, 1
 * or 2; a usage error (2) prints nothing on stdout before its message;
 * with -t every stdout line has the eight tab-separated columns. */
#include "fuzz.h"

#define main ntix_errno_main
#include "../tools/ntix-errno.c"
#undef main

static char sink[2][1 << 20];
static size_t sink_len[2];

int64_t
ntix_write(int fd, const void *buf, size_t len) {
  int i = fd == 1 ? 0 : 1;
  size_t room = sizeof(sink[i]) - sink_len[i];

  FUZZ_CHECK(fd == 1 || fd == 2);
  memcpy(sink[i] + sink_len[i], buf, len < room ? len : room);
  sink_len[i] += len < room ? len : room;
  return (int64_t)len;
}

static void
check_tsv(const char *s, size_t n) {
  size_t i, tabs = 0;

  for (i = 0; i < n; i++) {
    if (s[i] == '\t') {
      tabs++;
    } else if (s[i] == '\n') {
      FUZZ_CHECK(tabs == 7);
      tabs = 0;
    }
  }
  FUZZ_CHECK(tabs == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *copy = fuzz_strdup(data, size), *argv[18];
  size_t i, start = 0;
  int argc = 1, status;

  argv[0] = "ntix-errno";
  for (i = 0; i <= size && argc < 17; i++) {
    if (i == size || data[i] == '\0') {
      copy[i] = '\0';
      argv[argc++] = copy + start;
      start = i + 1;
    }
  }
  argv[argc] = NULL;
  for (i = 1; i < (size_t)argc && strcmp(argv[i], "--") != 0; i++) {
    if (strcmp(argv[i], "--list") == 0 ||
        (short_flags_ok(argv[i]) && strchr(argv[i], 'l') != NULL)) {
      free(copy);
      return 0;
    }
  }
  tsv_mode = text_blocks = write_failed = 0;
  olen = 0;
  sink_len[0] = sink_len[1] = 0;
  status = ntix_errno_main(argc, argv);
  FUZZ_CHECK(status == 0 || status == EXIT_NOTFOUND || status == EXIT_USAGE);
  if (status == EXIT_USAGE)
    FUZZ_CHECK(sink_len[0] == 0 && sink_len[1] > 0);
  /* -t with --help or --version prints those texts as they are. */
  if (tsv_mode && sink_len[0] < sizeof(sink[0]) &&
      strncmp(sink[0], "Usage:", 6) != 0 &&
      strncmp(sink[0], PROG " (ntix)", sizeof(PROG " (ntix)") - 1) != 0)
    check_tsv(sink[0], sink_len[0]);
  free(copy);
  return 0;
}
