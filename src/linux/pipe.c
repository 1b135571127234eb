/* placeholder: pipe.c */
