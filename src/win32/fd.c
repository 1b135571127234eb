/* placeholder: fd.c */
