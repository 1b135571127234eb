/* proc-child.h: the child side of check_process.  The test program starts
 * itself with argv[1] naming a child mode, so that the same child exists
 * on both OSes.
 */
#ifndef NTIX_PROC_CHILD_H
#define NTIX_PROC_CHILD_H

/* The first argument of every child mode starts with this. */
#define CHILD_TAG "@child-"

/* Runs the child mode argv[1] and returns its exit code. */
int proc_child_main(int argc, char **argv);

#endif /* NTIX_PROC_CHILD_H */
