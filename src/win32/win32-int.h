/* placeholder: win32-int.h */
