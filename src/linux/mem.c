/* placeholder: mem.c */
