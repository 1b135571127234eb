/* placeholder: time.c */
