/* placeholder: timer.c */
