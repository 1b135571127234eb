/* placeholder: path.c */
