/* placeholder: poll.c */
