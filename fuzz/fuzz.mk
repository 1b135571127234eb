# fuzz.mk: the libFuzzer targets, built with clang, ASan and UBSan, out of
# the autotools build (it uses gcc; libFuzzer needs clang).  `make fuzz` in
# a native build tree runs this file; by hand:
#   make -f ../../fuzz/fuzz.mk top_srcdir=../.. [FUZZ_RUNS=N] [FUZZ_TARGETS=...]
# Each target first replays its seed corpus (fuzz/corpus/<target>/, kept
# in the tree, including every input that once found a bug), then runs
# FUZZ_RUNS mutated inputs.  New inputs go to fuzz/new/<target>/ in the
# build tree, a crashing one to fuzz/crash-<target>-*; the log of each run
# is fuzz/<target>.log.
FUZZ_CC = clang
FUZZ_RUNS = 100000
# Extra libFuzzer options, e.g. FUZZ_ARGS=-max_total_time=60.
FUZZ_ARGS =
FUZZ_TARGETS = utf ntpath sockaddr trace errno cmdline
top_srcdir = .

FUZZ_CFLAGS = -std=gnu11 -g -O1 -D_GNU_SOURCE -DNTIX_FUZZING \
	-fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer \
	-I$(top_srcdir)/include -I$(top_srcdir)/src/common
# The OS-free sources the targets reach.
FUZZ_SOURCES = error.c err-tables.c args.c utf.c sockaddr.c ntpath.c cmdline.c \
	trace-fmt.c
FUZZ_OBJS = $(FUZZ_SOURCES:%.c=fuzz/obj/%.o)

all: $(FUZZ_TARGETS:%=fuzz/fuzz-%)

# The error tables are data scanned row by row: instrumenting their
# comparisons for coverage made ntix-errno's target ten times slower and
# tells the fuzzer nothing about parsing, so they carry the sanitizers only.
FUZZ_PLAIN = err-tables.c

fuzz/obj/%.o: $(top_srcdir)/src/common/%.c $(top_srcdir)/src/common/*.h \
		$(top_srcdir)/include/ntix.h
	@mkdir -p fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) \
	  $(if $(filter $(notdir $<),$(FUZZ_PLAIN)),,-fsanitize=fuzzer-no-link) \
	  -c -o $@ $<

fuzz/fuzz-%: $(top_srcdir)/fuzz/fuzz-%.c $(top_srcdir)/fuzz/fuzz.h $(FUZZ_OBJS) \
		$(top_srcdir)/tools/ntix-errno.c
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS)

# One line per target: executions and the verdict; the log on failure.
run: all
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/new/$$t; \
	  if ./fuzz/fuzz-$$t -runs=$(FUZZ_RUNS) $(FUZZ_ARGS) \
	       -artifact_prefix=fuzz/crash-$$t- -print_final_stats=1 \
	       fuzz/new/$$t $(top_srcdir)/fuzz/corpus/$$t >fuzz/$$t.log 2>&1; \
	  then \
	    echo "fuzz: $$t: $$(sed -n 's/^stat::number_of_executed_units: *//p' \
	      fuzz/$$t.log) runs, $$(sed -n 's/^stat::peak_rss_mb: *//p' \
	      fuzz/$$t.log) MB, no finding"; \
	  else \
	    tail -40 fuzz/$$t.log; \
	    echo "fuzz: $$t: FINDING (input in fuzz/crash-$$t-*)" >&2; \
	    status=1; \
	  fi; \
	done; exit $$status

.PHONY: all run
