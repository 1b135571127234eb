/* placeholder: nt.h */
