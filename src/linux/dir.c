/* placeholder: dir.c */
