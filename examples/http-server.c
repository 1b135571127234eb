/* http-server.c: a small static-file HTTP/1.1 server written against ntix
 * alone, the same source on Linux and Windows: one poller, non-blocking
 * sockets, ntix_stat, ntix_open, ntix_sendfile for file bodies and
 * ntix_dir_read for directory listings.
 *
 * Usage: http-server [-n MAX] [-t IDLE_MS] [ADDRESS [ROOT]]
 *   ADDRESS  "127.0.0.1:8080" by default; loopback addresses only
 *            (127.0.0.1 or [::1]); port 0 picks a free port.  The address
 *            is printed on stdout once the server listens.
 *   ROOT     the directory served, "." by default.
 *   -n MAX   stop after MAX responses (default: no limit).
 *   -t IDLE  stop after IDLE_MS milliseconds without any connection
 *            activity (default 60000): the server always ends by itself.
 * GET and HEAD only; every response closes its connection.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntix.h"

#define REQ_MAX 8192
#define MAX_EVENTS 64
#define LISTENER_DATA 1
#define TIMER_DATA 2
#define MS 1000000LL

struct conn {
  int fd;
  uint32_t mask;         /* what the registration watches */
  char req[REQ_MAX + 1]; /* the request head as read so far */
  size_t req_len;
  char *out; /* status line, headers and an in-memory body */
  size_t out_len, out_off;
  int file; /* the file sent after out, or -1 */
  int64_t file_off, file_end;
};

struct server {
  int p, listener;
  const char *root;
  long served, max;
  int64_t idle_ns, timer;
  int conns;
};

/* ---- small text helpers -------------------------------------------------- */

/* A growing string; on allocation failure it stays NULL and reports so. */
struct text {
  char *s;
  size_t len, cap;
  int failed;
};

static void
put(struct text *t, const char *s, size_t n) {
  char *g;

  if (t->failed)
    return;
  if (t->len + n + 1 > t->cap) {
    size_t cap = (t->len + n + 1) * 2;

    if ((g = realloc(t->s, cap)) == NULL) {
      t->failed = 1;
      return;
    }
    t->s = g;
    t->cap = cap;
  }
  memcpy(t->s + t->len, s, n);
  t->len += n;
  t->s[t->len] = '\0';
}

static void
puts_(struct text *t, const char *s) {
  put(t, s, strlen(s));
}

/* Text with <, >, & and " escaped for HTML. */
static void
put_html(struct text *t, const char *s) {
  for (; *s != '\0'; s++) {
    switch (*s) {
      case '<':
        puts_(t, "&lt;");
        break;
      case '>':
        puts_(t, "&gt;");
        break;
      case '&':
        puts_(t, "&amp;");
        break;
      case '"':
        puts_(t, "&quot;");
        break;
      default:
        put(t, s, 1);
    }
  }
}

/* n bytes of a name percent-encoded for a URL path segment. */
static void
put_url(struct text *t, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  const char *end = s + n;
  char esc[3];

  for (; s < end; s++) {
    unsigned char c = (unsigned char)*s;

    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || strchr("-._~", c) != NULL) {
      put(t, s, 1);
    } else {
      esc[0] = '%', esc[1] = hex[c >> 4], esc[2] = hex[c & 15];
      put(t, esc, 3);
    }
  }
}

static int
hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Decodes %XX in place; 0, or -1 for a bad escape or a NUL. */
static int
url_decode(char *s) {
  char *w = s;

  for (; *s != '\0'; s++) {
    if (*s == '%') {
      int hi = hexval(s[1]), lo = hi < 0 ? -1 : hexval(s[2]);

      if (lo < 0 || (hi == 0 && lo == 0))
        return -1;
      *w++ = (char)(hi * 16 + lo);
      s += 2;
    } else {
      *w++ = *s;
    }
  }
  *w = '\0';
  return 0;
}

/* 1 if the decoded path climbs out of the root or names something odd. */
static int
path_unsafe(const char *p) {
  const char *seg = p;

  if (p[0] != '/' || strchr(p, '\\') != NULL || strchr(p, ':') != NULL)
    return 1;
  while (seg != NULL) {
    seg++;
    if (seg[0] == '.' && seg[1] == '.' && (seg[2] == '/' || seg[2] == '\0'))
      return 1;
    seg = strchr(seg, '/');
  }
  return 0;
}

/* ---- responses ----------------------------------------------------------- */

static const char *
content_type(const char *path) {
  const char *dot = strrchr(path, '.');

  if (dot != NULL && (!strcmp(dot, ".html") || !strcmp(dot, ".htm")))
    return "text/html; charset=utf-8";
  if (dot != NULL && !strcmp(dot, ".txt"))
    return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

/* Queues a response: head with Content-Length total_len, then body (which
 * may be shorter: the file follows it). */
static void
respond(struct conn *c,
        const char *status,
        const char *type,
        int64_t total_len,
        const char *body,
        size_t body_len,
        const char *extra) {
  struct text t = {0};
  char head[512];

  snprintf(head, sizeof(head),
           "HTTP/1.1 %s\r\nServer: ntix-http-server\r\nContent-Type: %s\r\n"
           "Content-Length: %lld\r\n%sConnection: close\r\n\r\n",
           status, type, (long long)total_len, extra ? extra : "");
  puts_(&t, head);
  if (body != NULL)
    put(&t, body, body_len);
  free(c->out);
  c->out = t.s;
  c->out_len = t.failed ? 0 : t.len;
  c->out_off = 0;
}

static void
respond_error(struct conn *c, const char *status, int head_only) {
  char body[128];
  size_t n = (size_t)snprintf(body, sizeof(body), "%s\n", status);

  respond(c, status, "text/plain; charset=utf-8", (int64_t)n,
          head_only ? NULL : body, n, NULL);
}

static int
cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names of a directory (NULL-terminated), or NULL. */
static char **
dir_names(const char *path, size_t *count) {
  ntix_dirent_t ent;
  ntix_dir_t *d;
  char **v = NULL, **g;
  size_t n = 0;

  if (ntix_dir_open(path, &d) < 0)
    return NULL;
  while (ntix_dir_read(d, &ent) == 1) {
    if ((g = realloc(v, (n + 2) * sizeof(*v))) == NULL)
      break;
    v = g;
    if ((v[n] = malloc(strlen(ent.name) + 2)) == NULL)
      break;
    strcpy(v[n], ent.name);
    if (ent.type == NTIX_FT_DIR)
      strcat(v[n], "/");
    v[++n] = NULL;
  }
  ntix_dir_close(d);
  if (v != NULL)
    qsort(v, n, sizeof(*v), cmp_names);
  *count = n;
  return v;
}

static void
respond_listing(struct conn *c, const char *path, const char *url, int head) {
  struct text t = {0};
  size_t i, n = 0;
  char **names = dir_names(path, &n);

  if (names == NULL && n == 0) {
    names = calloc(1, sizeof(*names));
    if (names == NULL)
      return respond_error(c, "500 Internal Server Error", head);
  }
  puts_(&t, "<!DOCTYPE html>\n<html><head><title>Index of ");
  put_html(&t, url);
  puts_(&t, "</title></head>\n<body><h1>Index of ");
  put_html(&t, url);
  puts_(&t, "</h1>\n<ul>\n");
  for (i = 0; i < n; i++) {
    size_t len = strlen(names[i]);
    int dir = len > 0 && names[i][len - 1] == '/';

    puts_(&t, "<li><a href=\"");
    put_url(&t, names[i], dir ? len - 1 : len);
    puts_(&t, dir ? "/\">" : "\">");
    put_html(&t, names[i]);
    puts_(&t, "</a></li>\n");
    free(names[i]);
  }
  free(names);
  puts_(&t, "</ul></body></html>\n");
  if (t.failed)
    respond_error(c, "500 Internal Server Error", head);
  else
    respond(c, "200 OK", "text/html; charset=utf-8", (int64_t)t.len,
            head ? NULL : t.s, t.len, NULL);
  free(t.s);
}

static void
respond_file(struct conn *c, const char *path, int64_t size, int head) {
  int fd = head ? -1 : ntix_open(path, NTIX_O_RDONLY, 0);

  if (!head && fd < 0)
    return respond_error(c, "403 Forbidden", 0);
  respond(c, "200 OK", content_type(path), size, NULL, 0, NULL);
  c->file = fd;
  c->file_off = 0;
  c->file_end = size;
}

/* A directory named without its trailing slash is redirected to it, so
 * that the listing's relative links work. */
static void
respond_redirect(struct conn *c, const char *url) {
  char loc[REQ_MAX + 32];

  snprintf(loc, sizeof(loc), "Location: %s/\r\n", url);
  respond(c, "301 Moved Permanently", "text/plain; charset=utf-8", 0, NULL, 0,
          loc);
}

/* Builds the response to the request head in c->req. */
static void
handle(struct server *s, struct conn *c) {
  char method[8], url[REQ_MAX + 1], path[2 * REQ_MAX];
  ntix_stat_t st;
  int head;

  if (sscanf(c->req, "%7s %8192s HTTP/1.", method, url) != 2)
    return respond_error(c, "400 Bad Request", 0);
  head = strcmp(method, "HEAD") == 0;
  if (!head && strcmp(method, "GET") != 0)
    return respond_error(c, "501 Not Implemented", 0);
  url[strcspn(url, "?#")] = '\0';
  if (url_decode(url) < 0 || path_unsafe(url))
    return respond_error(c, "400 Bad Request", head);
  snprintf(path, sizeof(path), "%s%s", s->root, url);
  if (ntix_stat(path, &st) < 0)
    return respond_error(c, "404 Not Found", head);
  if (st.type == NTIX_FT_DIR && url[strlen(url) - 1] != '/')
    return respond_redirect(c, url);
  if (st.type == NTIX_FT_DIR)
    return respond_listing(c, path, url, head);
  if (st.type != NTIX_FT_REG)
    return respond_error(c, "403 Forbidden", head);
  respond_file(c, path, (int64_t)st.size, head);
}

/* ---- connections -----------------------------------------------------------
 */

static void
conn_close(struct server *s, struct conn *c) {
  ntix_poll_ctl(s->p, NTIX_POLL_DEL, c->fd, 0, 0);
  ntix_close(c->fd);
  if (c->file >= 0)
    ntix_close(c->file);
  free(c->out);
  free(c);
  s->conns--;
}

static void
watch(struct server *s, struct conn *c, uint32_t mask) {
  if (c->mask != mask && ntix_poll_ctl(s->p, NTIX_POLL_MOD, c->fd, mask,
                                       (uint64_t)(uintptr_t)c) == 0)
    c->mask = mask;
}

/* Sends what is queued: 1 when the response is complete, 0 when the
 * socket is full, negative on an error. */
static int64_t
send_some(struct conn *c) {
  int64_t n;

  while (c->out_off < c->out_len) {
    n = ntix_send(c->fd, c->out + c->out_off, c->out_len - c->out_off, 0);
    if (n < 0)
      return n == NTIX_EAGAIN ? 0 : n;
    c->out_off += (size_t)n;
  }
  while (c->file >= 0 && c->file_off < c->file_end) {
    n = ntix_sendfile(c->fd, c->file, c->file_off,
                      (size_t)(c->file_end - c->file_off));
    if (n == 0)
      return NTIX_EIO; /* the file shrank under us */
    if (n < 0)
      return n == NTIX_EAGAIN ? 0 : n;
    c->file_off += n;
  }
  return 1;
}

static void
conn_write(struct server *s, struct conn *c) {
  int64_t rc = send_some(c);

  if (rc == 0) {
    watch(s, c, NTIX_POLL_OUT);
    return;
  }
  if (rc > 0)
    s->served++;
  conn_close(s, c);
}

/* Reads the request head; handles it once "\r\n\r\n" has arrived. */
static void
conn_read(struct server *s, struct conn *c) {
  int64_t n;

  for (;;) {
    if (c->req_len == REQ_MAX) {
      respond_error(c, "431 Request Header Fields Too Large", 0);
      break;
    }
    n = ntix_recv(c->fd, c->req + c->req_len, REQ_MAX - c->req_len, 0);
    if (n == NTIX_EAGAIN)
      return;
    if (n <= 0) {
      conn_close(s, c);
      return;
    }
    c->req_len += (size_t)n;
    c->req[c->req_len] = '\0';
    if (strstr(c->req, "\r\n\r\n") != NULL) {
      handle(s, c);
      break;
    }
  }
  conn_write(s, c);
}

static void
conn_event(struct server *s, struct conn *c, uint32_t events) {
  if (c->out == NULL && (events & (NTIX_POLL_IN | NTIX_POLL_HUP)))
    conn_read(s, c);
  else if (c->out != NULL)
    conn_write(s, c);
  else if (events & NTIX_POLL_ERR)
    conn_close(s, c);
}

static void
accept_all(struct server *s) {
  struct conn *c;
  int fd;

  while ((fd = ntix_accept(s->listener, NULL, NTIX_SOCK_NONBLOCK)) >= 0) {
    if ((c = calloc(1, sizeof(*c))) == NULL) {
      ntix_close(fd);
      continue;
    }
    c->fd = fd;
    c->file = -1;
    c->mask = NTIX_POLL_IN;
    if (ntix_poll_ctl(s->p, NTIX_POLL_ADD, fd, NTIX_POLL_IN,
                      (uint64_t)(uintptr_t)c) < 0) {
      ntix_close(fd);
      free(c);
      continue;
    }
    s->conns++;
  }
}

/* ---- setup and the loop
 * ------------------------------------------------------ */

static int
loopback(const ntix_sockaddr_t *a) {
  static const uint8_t v6[16] = {0, 0, 0, 0, 0, 0, 0, 0,
                                 0, 0, 0, 0, 0, 0, 0, 1};

  if (a->family == NTIX_AF_INET)
    return a->addr[0] == 127;
  return memcmp(a->addr, v6, 16) == 0;
}

static int
open_listener(const char *text) {
  char shown[NTIX_SOCKADDR_STRLEN];
  ntix_sockaddr_t addr;
  int fd, rc;

  if (ntix_sockaddr_parse(text, &addr) < 0 || !loopback(&addr)) {
    fprintf(stderr, "http-server: '%s' is not a loopback address\n", text);
    return NTIX_EINVAL;
  }
  if ((fd = ntix_socket(addr.family, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK)) < 0)
    return fd;
  ntix_setsockopt(fd, NTIX_SO_REUSEADDR, 1);
  if ((rc = ntix_bind(fd, &addr)) < 0 || (rc = ntix_listen(fd, 128)) < 0 ||
      (rc = ntix_getsockname(fd, &addr)) < 0) {
    ntix_close(fd);
    return rc;
  }
  ntix_sockaddr_format(&addr, shown, sizeof(shown));
  printf("http-server: listening on %s\n", shown);
  fflush(stdout);
  return fd;
}

static int
parse_args(int argc, char **argv, struct server *s, const char **addr) {
  int i, pos = 0;

  *addr = "127.0.0.1:8080";
  s->root = ".";
  s->max = -1;
  s->idle_ns = 60000 * MS;
  for (i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-n") && i + 1 < argc)
      s->max = atol(argv[++i]);
    else if (!strcmp(argv[i], "-t") && i + 1 < argc)
      s->idle_ns = atol(argv[++i]) * MS;
    else if (argv[i][0] != '-' && pos == 0 && ++pos)
      *addr = argv[i];
    else if (argv[i][0] != '-' && pos == 1 && ++pos)
      s->root = argv[i];
    else
      return -1;
  }
  return s->idle_ns > 0 ? 0 : -1;
}

static void
dispatch(struct server *s, const ntix_poll_event_t *ev) {
  if (ev->data == LISTENER_DATA)
    accept_all(s);
  else
    conn_event(s, (struct conn *)(uintptr_t)ev->data, ev->events);
}

/* Runs until MAX responses (and no connection left) or IDLE. */
static int
run(struct server *s) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int i, n;

  for (;;) {
    if (s->max >= 0 && s->served >= s->max && s->conns == 0)
      return 0;
    if ((n = ntix_poll_wait(s->p, ev, MAX_EVENTS, -1)) < 0)
      return n;
    for (i = 0; i < n; i++) {
      if (ev[i].events & NTIX_POLL_TIMER)
        return 0; /* idle for IDLE_MS */
      dispatch(s, &ev[i]);
    }
    ntix_timer_restart(s->p, s->timer, s->idle_ns, 0);
    if (s->max >= 0 && s->served >= s->max)
      ntix_poll_ctl(s->p, NTIX_POLL_DEL, s->listener, 0, 0);
  }
}

int
main(int argc, char **argv) {
  struct server s = {0};
  const char *addr;
  int rc;

  if (parse_args(argc, argv, &s, &addr) < 0) {
    fprintf(stderr,
            "usage: http-server [-n MAX] [-t IDLE_MS] [ADDRESS [ROOT]]\n");
    return 2;
  }
  if ((s.listener = open_listener(addr)) < 0)
    return 1;
  s.p = ntix_poll_create(0);
  rc = s.p < 0 ? s.p
               : ntix_poll_ctl(s.p, NTIX_POLL_ADD, s.listener, NTIX_POLL_IN,
                               LISTENER_DATA);
  if (rc >= 0 &&
      (s.timer = ntix_timer_start(s.p, s.idle_ns, 0, TIMER_DATA)) < 0)
    rc = (int)s.timer;
  if (rc >= 0)
    rc = run(&s);
  if (rc < 0)
    fprintf(stderr, "http-server: %s\n", ntix_strerror(rc));
  fprintf(stderr, "http-server: %ld responses\n", s.served);
  return rc < 0 ? 1 : 0;
}
