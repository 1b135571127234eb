/* placeholder: syscall.h */
