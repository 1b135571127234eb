/* timer.c: the poller's timer set, shared by both backends.  A 4-ary
 * implicit min-heap of {deadline, sequence|slot} plus a slot array
 * {data, repeat, heap index, generation} with a free list: 40 bytes per
 * armed timer, O(log n) start, stop and restart.  No OS calls; the poller
 * records failures (this file only returns the NTIX_E* code).
 */
#include <stdlib.h>
#include <string.h>

#include "ntix-int.h"

/* A heap entry's key holds the start sequence above the slot number, so
 * comparing keys orders equal deadlines by start order (sequences are
 * unique).  28 bits of slot allow 268 million timers at once; the 36 bits
 * of sequence are renumbered before they run out (see renumber). */
#define SLOT_BITS 28
#define SLOT_MAX ((uint32_t)1 << SLOT_BITS)
#define SLOT_MASK (SLOT_MAX - 1)
#ifndef NTIX__TIMER_SEQ_LIMIT
#define NTIX__TIMER_SEQ_LIMIT ((uint64_t)1 << (64 - SLOT_BITS))
#endif

/* A slot's generation is odd while its timer is armed and even while it is
 * free, and an id carries the generation it was armed with: a stopped or
 * fired timer's id then no longer matches, and ids are never reused.  A
 * slot whose generation is used up is retired instead of freed. */
#define GEN_LAST UINT32_MAX
#define NO_SLOT UINT32_MAX

typedef struct heap_ent {
  int64_t deadline;
  uint64_t key; /* sequence << SLOT_BITS | slot */
} heap_ent_t;

typedef struct slot {
  uint64_t data;
  int64_t repeat; /* 0: one-shot */
  uint32_t pos;   /* heap index while armed, next free slot while free */
  uint32_t gen;
} slot_t;

struct ntix__timers {
  heap_ent_t *heap;
  slot_t *slots;
  size_t count; /* armed timers, the heap's length */
  size_t heap_cap;
  uint32_t nslots; /* slots ever handed out */
  uint32_t slot_cap;
  uint32_t free_head;
  uint64_t next_seq;
};

static int
ent_less(const heap_ent_t *a, const heap_ent_t *b) {
  return a->deadline < b->deadline ||
         (a->deadline == b->deadline && a->key < b->key);
}

static void
heap_put(ntix__timers_t *t, size_t i, heap_ent_t e) {
  t->heap[i] = e;
  t->slots[e.key & SLOT_MASK].pos = (uint32_t)i;
}

static void
sift_up(ntix__timers_t *t, size_t i) {
  heap_ent_t e = t->heap[i];

  while (i > 0) {
    size_t parent = (i - 1) / 4;
    if (!ent_less(&e, &t->heap[parent]))
      break;
    heap_put(t, i, t->heap[parent]);
    i = parent;
  }
  heap_put(t, i, e);
}

/* The least of i's (up to four) children, or 0 if it has none. */
static size_t
least_child(const ntix__timers_t *t, size_t i) {
  size_t first = 4 * i + 1, end = first + 4, best, c;

  if (first >= t->count)
    return 0;
  if (end > t->count)
    end = t->count;
  best = first;
  for (c = first + 1; c < end; c++)
    if (ent_less(&t->heap[c], &t->heap[best]))
      best = c;
  return best;
}

static void
sift_down(ntix__timers_t *t, size_t i) {
  heap_ent_t e = t->heap[i];
  size_t c;

  while ((c = least_child(t, i)) != 0 && ent_less(&t->heap[c], &e)) {
    heap_put(t, i, t->heap[c]);
    i = c;
  }
  heap_put(t, i, e);
}

/* Restores the heap after the entry at i changed in either direction. */
static void
sift(ntix__timers_t *t, size_t i) {
  if (i > 0 && ent_less(&t->heap[i], &t->heap[(i - 1) / 4]))
    sift_up(t, i);
  else
    sift_down(t, i);
}

static int
cmp_key(const void *a, const void *b) {
  const heap_ent_t *x = a, *y = b;

  return (x->key > y->key) - (x->key < y->key);
}

/* The sequence counter is about to run out (after 2^36 starts): give the
 * armed timers new sequence numbers 0..count-1 in their old sequence
 * order, which is their start order (not their deadline order: a
 * repeating timer keeps its sequence as its deadline moves), then rebuild
 * the heap.  O(n log n), paid once per 2^36 starts. */
static void
renumber(ntix__timers_t *t) {
  size_t i;

  qsort(t->heap, t->count, sizeof(*t->heap), cmp_key);
  for (i = 0; i < t->count; i++)
    t->heap[i].key = (uint64_t)i << SLOT_BITS | (t->heap[i].key & SLOT_MASK);
  for (i = t->count; i-- > 0;) sift_down(t, i);
  t->next_seq = t->count;
}

static uint64_t
take_seq(ntix__timers_t *t) {
  if (t->next_seq >= NTIX__TIMER_SEQ_LIMIT)
    renumber(t);
  return t->next_seq++;
}

/* Grows an array by half (to at least 64 entries, at most limit) so that
 * a big set does not reserve twice what it uses.  0 or NTIX_ENOMEM. */
static int
grow(void **arr, size_t *cap, size_t elem, size_t limit) {
  size_t n = *cap + *cap / 2;
  void *p;

  if (n < 64)
    n = 64;
  if (n > limit)
    n = limit;
  if (n <= *cap || n > SIZE_MAX / elem)
    return NTIX_ENOMEM;
  p = realloc(*arr, n * elem);
  if (p == NULL)
    return NTIX_ENOMEM;
  *arr = p;
  *cap = n;
  return 0;
}

/* A free slot, or NO_SLOT when memory or slot numbers run out. */
static uint32_t
alloc_slot(ntix__timers_t *t) {
  uint32_t s = t->free_head;

  if (s != NO_SLOT) {
    t->free_head = t->slots[s].pos;
    return s;
  }
  if (t->nslots == t->slot_cap) {
    size_t cap = t->slot_cap;
    void *arr = t->slots;
    if (grow(&arr, &cap, sizeof(slot_t), SLOT_MAX) < 0)
      return NO_SLOT;
    t->slots = arr;
    t->slot_cap = (uint32_t)cap;
  }
  t->slots[t->nslots].gen = 0;
  return t->nslots++;
}

static void
free_slot(ntix__timers_t *t, uint32_t s) {
  slot_t *sl = &t->slots[s];

  if (sl->gen == GEN_LAST) {
    sl->gen = 0; /* retired: even, so never armed again */
    return;
  }
  sl->gen++;
  sl->pos = t->free_head;
  t->free_head = s;
}

/* The slot of an armed timer's id, or NO_SLOT. */
static uint32_t
lookup(const ntix__timers_t *t, int64_t id) {
  uint64_t slot = (uint64_t)id & SLOT_MASK;
  uint64_t gen = (uint64_t)id >> SLOT_BITS;

  if (id <= 0 || slot >= t->nslots || (gen & 1) == 0 ||
      t->slots[slot].gen != gen)
    return NO_SLOT;
  return (uint32_t)slot;
}

/* Halves a heap array that is down to a quarter full, so that a burst of
 * timers does not pin its memory.  The slot array cannot shrink (armed ids
 * name slots anywhere in it), but it is 24 of the 40 bytes. */
static void
maybe_shrink(ntix__timers_t *t) {
  heap_ent_t *p;

  if (t->heap_cap <= 4096 || t->count > t->heap_cap / 4)
    return;
  p = realloc(t->heap, t->heap_cap / 2 * sizeof(*p));
  if (p == NULL)
    return; /* keeping the larger array is harmless */
  t->heap = p;
  t->heap_cap /= 2;
}

/* Removes heap entry i, moving the last entry into its place. */
static void
heap_remove(ntix__timers_t *t, size_t i) {
  t->count--;
  if (i != t->count) {
    heap_put(t, i, t->heap[t->count]);
    sift(t, i);
  }
  maybe_shrink(t);
}

ntix__timers_t *
ntix__timers_new(void) {
  ntix__timers_t *t = calloc(1, sizeof(*t));

  if (t != NULL)
    t->free_head = NO_SLOT;
  return t;
}

void
ntix__timers_free(ntix__timers_t *t) {
  if (t == NULL)
    return;
  free(t->heap);
  free(t->slots);
  free(t);
}

int64_t
ntix__timers_start(ntix__timers_t *t,
                   int64_t deadline_ns,
                   int64_t repeat_ns,
                   uint64_t data) {
  uint32_t s;
  slot_t *sl;

  if (repeat_ns < 0)
    return NTIX_EINVAL;
  if (t->count == t->heap_cap) {
    void *arr = t->heap;
    if (grow(&arr, &t->heap_cap, sizeof(heap_ent_t), SLOT_MAX) < 0)
      return NTIX_ENOMEM;
    t->heap = arr;
  }
  if ((s = alloc_slot(t)) == NO_SLOT)
    return NTIX_ENOMEM;
  sl = &t->slots[s];
  sl->gen++;
  sl->data = data;
  sl->repeat = repeat_ns;
  t->heap[t->count] = (heap_ent_t){deadline_ns, take_seq(t) << SLOT_BITS | s};
  t->count++;
  sift_up(t, t->count - 1);
  return (int64_t)((uint64_t)sl->gen << SLOT_BITS | s);
}

int
ntix__timers_stop(ntix__timers_t *t, int64_t id) {
  uint32_t s = lookup(t, id);

  if (s == NO_SLOT)
    return NTIX_ENOENT;
  heap_remove(t, t->slots[s].pos);
  free_slot(t, s);
  return 0;
}

int
ntix__timers_restart(ntix__timers_t *t,
                     int64_t id,
                     int64_t deadline_ns,
                     int64_t repeat_ns) {
  uint32_t s = lookup(t, id);
  heap_ent_t *e;
  uint64_t seq;

  if (s == NO_SLOT)
    return NTIX_ENOENT;
  if (repeat_ns < 0)
    return NTIX_EINVAL;
  t->slots[s].repeat = repeat_ns;
  /* A restart counts as a new start for the order of equal deadlines.
   * take_seq may renumber, which moves entries: find ours afterwards. */
  seq = take_seq(t);
  e = &t->heap[t->slots[s].pos];
  e->deadline = deadline_ns;
  e->key = seq << SLOT_BITS | s;
  sift(t, t->slots[s].pos);
  return 0;
}

int64_t
ntix__timers_next(const ntix__timers_t *t) {
  return t->count > 0 ? t->heap[0].deadline : -1;
}

/* The first deadline of the period after prev that is later than now:
 * periods missed while nobody waited are skipped, not fired in a burst.
 * Only called with now >= prev (the timer is due).  Saturates at
 * INT64_MAX, the deadline that never comes (see ntix__timers_expire). */
static int64_t
next_deadline(int64_t prev, int64_t repeat, int64_t now) {
  /* Unsigned arithmetic: the clock's origin is unspecified, so prev may be
   * negative and now - prev must not overflow. */
  uint64_t rep = (uint64_t)repeat;
  uint64_t periods = ((uint64_t)now - (uint64_t)prev) / rep + 1;
  uint64_t room = (uint64_t)INT64_MAX - (uint64_t)prev;

  if (periods > room / rep)
    return INT64_MAX;
  return (int64_t)((uint64_t)prev + periods * rep);
}

int
ntix__timers_expire(ntix__timers_t *t,
                    int64_t now_ns,
                    ntix_poll_event_t *out,
                    int max) {
  int n = 0;

  /* A deadline of INT64_MAX (a delay that saturated, or a repeat that ran
   * off the clock) never fires, even at now == INT64_MAX: otherwise a
   * saturated repeating timer would fire again in the same call. */
  if (now_ns == INT64_MAX)
    now_ns--;
  while (n < max && t->count > 0 && t->heap[0].deadline <= now_ns) {
    heap_ent_t *top = &t->heap[0];
    uint32_t s = (uint32_t)(top->key & SLOT_MASK);
    slot_t *sl = &t->slots[s];

    out[n].events = NTIX_POLL_TIMER;
    out[n].data = sl->data;
    n++;
    if (sl->repeat > 0) {
      /* The sequence stays: a repeating timer keeps its place among
       * timers of equal deadline. */
      top->deadline = next_deadline(top->deadline, sl->repeat, now_ns);
      sift_down(t, 0);
    } else {
      heap_remove(t, 0);
      free_slot(t, s);
    }
  }
  return n;
}

size_t
ntix__timers_count(const ntix__timers_t *t) {
  return t->count;
}

int64_t
ntix__timers_deadline(int64_t delay_ns) {
  int64_t now = ntix__b_clock_mono();

  return delay_ns > INT64_MAX - now ? INT64_MAX : now + delay_ns;
}
