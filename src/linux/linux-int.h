/* placeholder: linux-int.h */
