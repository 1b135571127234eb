/* placeholder: file.c */
