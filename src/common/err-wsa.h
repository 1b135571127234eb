/* err-wsa.h: the Winsock error codes (10000 and up), one X-macro row each,
 * in ascending value order, as err-win32.h describes; NTIX_WIN32_LIST puts
 * them between the Win32 codes below and above their range.
 */
#define NTIX__WSA_LIST(X)                                                    \
  X(WSABASEERR, 10000, NTIX_EUNKNOWN, NULL)                                  \
  X(WSAEINTR, 10004, NTIX_ECANCELED,                                         \
    "A blocking Winsock call was cancelled (WSACancelBlockingCall, or the "  \
    "socket closed under it); libuv's ECANCELED.")                           \
  X(WSAEBADF, 10009, NTIX_EBADF, NULL)                                       \
  X(WSAEACCES, 10013, NTIX_EACCES, NULL)                                     \
  X(WSAEFAULT, 10014, NTIX_EFAULT, NULL)                                     \
  X(WSAEINVAL, 10022, NTIX_EINVAL, NULL)                                     \
  X(WSAEMFILE, 10024, NTIX_EMFILE, NULL)                                     \
  X(WSAEWOULDBLOCK, 10035, NTIX_EAGAIN, NULL)                                \
  X(WSAEINPROGRESS, 10036, NTIX_EINPROGRESS,                                 \
    "A blocking Winsock call is in progress on this thread (not the "        \
    "non-blocking connect case, which reports WSAEWOULDBLOCK).")             \
  X(WSAEALREADY, 10037, NTIX_EALREADY, NULL)                                 \
  X(WSAENOTSOCK, 10038, NTIX_ENOTSOCK, NULL)                                 \
  X(WSAEDESTADDRREQ, 10039, NTIX_EDESTADDRREQ, NULL)                         \
  X(WSAEMSGSIZE, 10040, NTIX_EMSGSIZE, NULL)                                 \
  X(WSAEPROTOTYPE, 10041, NTIX_EPROTOTYPE, NULL)                             \
  X(WSAENOPROTOOPT, 10042, NTIX_ENOPROTOOPT, NULL)                           \
  X(WSAEPROTONOSUPPORT, 10043, NTIX_EPROTONOSUPPORT, NULL)                   \
  X(WSAESOCKTNOSUPPORT, 10044, NTIX_ESOCKTNOSUPPORT, NULL)                   \
  X(WSAEOPNOTSUPP, 10045, NTIX_EOPNOTSUPP, NULL)                             \
  X(WSAEPFNOSUPPORT, 10046, NTIX_EINVAL,                                     \
    "Protocol family not supported; libuv folds it into EINVAL.")            \
  X(WSAEAFNOSUPPORT, 10047, NTIX_EAFNOSUPPORT, NULL)                         \
  X(WSAEADDRINUSE, 10048, NTIX_EADDRINUSE, NULL)                             \
  X(WSAEADDRNOTAVAIL, 10049, NTIX_EADDRNOTAVAIL, NULL)                       \
  X(WSAENETDOWN, 10050, NTIX_ENETDOWN, NULL)                                 \
  X(WSAENETUNREACH, 10051, NTIX_ENETUNREACH, NULL)                           \
  X(WSAENETRESET, 10052, NTIX_ENETRESET, NULL)                               \
  X(WSAECONNABORTED, 10053, NTIX_ECONNABORTED, NULL)                         \
  X(WSAECONNRESET, 10054, NTIX_ECONNRESET, NULL)                             \
  X(WSAENOBUFS, 10055, NTIX_ENOBUFS, NULL)                                   \
  X(WSAEISCONN, 10056, NTIX_EISCONN, NULL)                                   \
  X(WSAENOTCONN, 10057, NTIX_ENOTCONN, NULL)                                 \
  X(WSAESHUTDOWN, 10058, NTIX_EPIPE,                                         \
    "Send after shutdown: Linux reports EPIPE for this, libuv too.")         \
  X(WSAETOOMANYREFS, 10059, NTIX_ETOOMANYREFS, NULL)                         \
  X(WSAETIMEDOUT, 10060, NTIX_ETIMEDOUT, NULL)                               \
  X(WSAECONNREFUSED, 10061, NTIX_ECONNREFUSED, NULL)                         \
  X(WSAELOOP, 10062, NTIX_ELOOP, NULL)                                       \
  X(WSAENAMETOOLONG, 10063, NTIX_ENAMETOOLONG, NULL)                         \
  X(WSAEHOSTDOWN, 10064, NTIX_EHOSTDOWN, NULL)                               \
  X(WSAEHOSTUNREACH, 10065, NTIX_EHOSTUNREACH, NULL)                         \
  X(WSAENOTEMPTY, 10066, NTIX_ENOTEMPTY, NULL)                               \
  X(WSAEPROCLIM, 10067, NTIX_EAGAIN,                                         \
    "Too many processes use Winsock: the BSD EPROCLIM, which Linux lacks; "  \
    "EAGAIN as for fork.")                                                   \
  X(WSAEUSERS, 10068, NTIX_EUSERS, NULL)                                     \
  X(WSAEDQUOT, 10069, NTIX_EDQUOT, NULL)                                     \
  X(WSAESTALE, 10070, NTIX_ESTALE, NULL)                                     \
  X(WSAEREMOTE, 10071, NTIX_EREMOTE, NULL)                                   \
  X(WSASYSNOTREADY, 10091, NTIX_ENETDOWN,                                    \
    "The network subsystem is unavailable.")                                 \
  X(WSAVERNOTSUPPORTED, 10092, NTIX_EUNKNOWN, NULL)                          \
  X(WSANOTINITIALISED, 10093, NTIX_EUNKNOWN,                                 \
    "WSAStartup was not called; ntix calls it itself, so seeing this is an " \
    "internal error.")                                                       \
  X(WSAEDISCON, 10101, NTIX_ESHUTDOWN,                                       \
    "The peer is shutting the message-oriented connection down gracefully.") \
  X(WSAENOMORE, 10102, NTIX_ENODATA,                                         \
    "No more results from a name-service lookup.")                           \
  X(WSAECANCELLED, 10103, NTIX_ECANCELED, NULL)                              \
  X(WSAEINVALIDPROCTABLE, 10104, NTIX_EUNKNOWN, NULL)                        \
  X(WSAEINVALIDPROVIDER, 10105, NTIX_EUNKNOWN, NULL)                         \
  X(WSAEPROVIDERFAILEDINIT, 10106, NTIX_EUNKNOWN, NULL)                      \
  X(WSASYSCALLFAILURE, 10107, NTIX_EIO,                                      \
    "A system call that should never fail failed inside Winsock.")           \
  X(WSASERVICE_NOT_FOUND, 10108, NTIX_ENOENT, NULL)                          \
  X(WSATYPE_NOT_FOUND, 10109, NTIX_ENOENT, NULL)                             \
  X(WSA_E_NO_MORE, 10110, NTIX_ENODATA,                                      \
    "No more results from a name-service lookup.")                           \
  X(WSA_E_CANCELLED, 10111, NTIX_ECANCELED, NULL)                            \
  X(WSAEREFUSED, 10112, NTIX_ECONNREFUSED,                                   \
    "A name-service query was refused.")                                     \
  X(WSAHOST_NOT_FOUND, 11001, NTIX_ENOENT,                                   \
    "Name resolution found no such host; libuv's ENOENT.")                   \
  X(WSATRY_AGAIN, 11002, NTIX_EAGAIN,                                        \
    "A temporary name-resolution failure (getaddrinfo's EAI_AGAIN).")        \
  X(WSANO_RECOVERY, 11003, NTIX_EIO,                                         \
    "A non-recoverable name-resolution failure (getaddrinfo's EAI_FAIL).")   \
  X(WSANO_DATA, 11004, NTIX_ENOENT,                                          \
    "The name exists but has no address of the requested type; libuv's "     \
    "ENOENT.")                                                               \
  X(WSA_QOS_RECEIVERS, 11005, NTIX_EUNKNOWN, NULL)                           \
  X(WSA_QOS_SENDERS, 11006, NTIX_EUNKNOWN, NULL)                             \
  X(WSA_QOS_NO_SENDERS, 11007, NTIX_EUNKNOWN, NULL)                          \
  X(WSA_QOS_NO_RECEIVERS, 11008, NTIX_EUNKNOWN, NULL)                        \
  X(WSA_QOS_REQUEST_CONFIRMED, 11009, NTIX_EUNKNOWN, NULL)                   \
  X(WSA_QOS_ADMISSION_FAILURE, 11010, NTIX_EUNKNOWN, NULL)                   \
  X(WSA_QOS_POLICY_FAILURE, 11011, NTIX_EUNKNOWN, NULL)                      \
  X(WSA_QOS_BAD_STYLE, 11012, NTIX_EUNKNOWN, NULL)                           \
  X(WSA_QOS_BAD_OBJECT, 11013, NTIX_EUNKNOWN, NULL)                          \
  X(WSA_QOS_TRAFFIC_CTRL_ERROR, 11014, NTIX_EUNKNOWN, NULL)                  \
  X(WSA_QOS_GENERIC_ERROR, 11015, NTIX_EUNKNOWN, NULL)                       \
  X(WSA_QOS_ESERVICETYPE, 11016, NTIX_EUNKNOWN, NULL)                        \
  X(WSA_QOS_EFLOWSPEC, 11017, NTIX_EUNKNOWN, NULL)                           \
  X(WSA_QOS_EPROVSPECBUF, 11018, NTIX_EUNKNOWN, NULL)                        \
  X(WSA_QOS_EFILTERSTYLE, 11019, NTIX_EUNKNOWN, NULL)                        \
  X(WSA_QOS_EFILTERTYPE, 11020, NTIX_EUNKNOWN, NULL)                         \
  X(WSA_QOS_EFILTERCOUNT, 11021, NTIX_EUNKNOWN, NULL)                        \
  X(WSA_QOS_EOBJLENGTH, 11022, NTIX_EUNKNOWN, NULL)                          \
  X(WSA_QOS_EFLOWCOUNT, 11023, NTIX_EUNKNOWN, NULL)                          \
  X(WSA_QOS_EUNKNOWNPSOBJ, 11024, NTIX_EUNKNOWN, NULL)                       \
  X(WSA_QOS_EPOLICYOBJ, 11025, NTIX_EUNKNOWN, NULL)                          \
  X(WSA_QOS_EFLOWDESC, 11026, NTIX_EUNKNOWN, NULL)                           \
  X(WSA_QOS_EPSFLOWSPEC, 11027, NTIX_EUNKNOWN, NULL)                         \
  X(WSA_QOS_EPSFILTERSPEC, 11028, NTIX_EUNKNOWN, NULL)                       \
  X(WSA_QOS_ESDMODEOBJ, 11029, NTIX_EUNKNOWN, NULL)                          \
  X(WSA_QOS_ESHAPERATEOBJ, 11030, NTIX_EUNKNOWN, NULL)                       \
  X(WSA_QOS_RESERVED_PETYPE, 11031, NTIX_EUNKNOWN, NULL)                     \
  /* end of NTIX__WSA_LIST */
