/* placeholder: sockaddr.c */
