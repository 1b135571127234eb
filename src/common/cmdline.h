/* cmdline.h: Windows command lines, as pure computation on UTF-8 text so
 * that both OSes compile it (and a fuzzer can drive it): the builder that
 * ntix_spawn uses on Windows, and the parser that the child's C runtime
 * applies (MSVCRT and CommandLineToArgvW), which the tests use as the
 * oracle for the builder.
 */
#ifndef NTIX_CMDLINE_H
#define NTIX_CMDLINE_H

#include <stddef.h>
#include <stdint.h>

/* Writes the command line for argv (argc entries) into out[cap] with a NUL
 * and returns its length; with out NULL returns only the length.  Each
 * argument comes back unchanged through ntix__cmdline_parse.  batch set:
 * cmd.exe's rules for a .bat/.cmd program instead (quotes around
 * arguments with spaces, nothing escaped; see ntix__batch_arg_ok).
 * NTIX_EINVAL: argv[0] holds a '"', or (batch) an argument is unsafe;
 * NTIX_ERANGE: cap too small. */
int64_t ntix__cmdline_build(
    const char *const *argv, size_t argc, int batch, char *out, size_t cap);

/* Splits cmdline as the MSVCRT / UCRT startup code (and
 * CommandLineToArgvW) does: argv[0] ends at the first space or tab, or at
 * the closing quote if it starts with one, without backslash escapes; the
 * others follow the 2n / 2n+1 backslash rules, and "" inside quotes is a
 * literal quote.  (argv[0] follows CommandLineToArgvW: where a quote is
 * inside it or text follows its closing quote, the C runtime splits
 * otherwise, fuzz/fuzz-cmdline.c says how; the builder writes neither.)
 * The arguments go into buf (each NUL-terminated), their starts into
 * argv[max]; returns the count, or NTIX_ERANGE if buf or argv is too
 * small. */
int64_t ntix__cmdline_parse(
    const char *cmdline, char *buf, size_t cap, char **argv, size_t max);

/* 1 if the last component of path names a batch file: ".bat" or ".cmd" in
 * any case, after the trailing dots and spaces Windows ignores. */
int ntix__is_batch_name(const char *path);

/* 1 if cmd.exe passes arg to a batch file literally: letters, digits,
 * space and -_.,:/\+=@~ only (an empty argument too). */
int ntix__batch_arg_ok(const char *arg);

/* 1 if cmd.exe reads path literally inside quotes: no '"', '%', '!', '^',
 * '&', '|', '<', '>' and no control characters. */
int ntix__batch_path_ok(const char *path);

#endif /* NTIX_CMDLINE_H */
