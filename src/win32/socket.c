/* placeholder: socket.c */
