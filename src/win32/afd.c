/* placeholder: afd.c */
