/* stat.c (Windows): fstat, stat and lstat from NtQueryInformationFile
 * (FileAllInformation, FileAttributeTagInformation) and
 * NtQueryVolumeInformationFile (device type, volume serial number).
 */
#include <string.h>

#include "win32-int.h"

/* 100 ns intervals between 1601-01-01 and 1970-01-01. */
#define EPOCH_DIFF 116444736000000000LL

static int64_t
nt_time_ns(LARGE_INTEGER t) {
  return (t.QuadPart - EPOCH_DIFF) * 100;
}

static void
stat_special(ntix_stat_t *st, ntix_ftype_t type, uint32_t mode) {
  memset(st, 0, sizeof(*st));
  st->type = type;
  st->mode = mode;
  st->nlink = 1;
  st->btime_ns = -1;
}

/* Devices that are not file systems (NUL, COM ports, consoles) are
 * character devices, as /dev/null is. */
static int
stat_device(HANDLE h, ntix_stat_t *st) {
  FILE_FS_DEVICE_INFORMATION dev;
  IO_STATUS_BLOCK iosb;

  if (!NT_SUCCESS(NtQueryVolumeInformationFile(h, &iosb, &dev, sizeof(dev),
                                               FileFsDeviceInformation)))
    return 0;
  switch (dev.DeviceType) {
    case FILE_DEVICE_NAMED_PIPE:
      stat_special(st, NTIX_FT_FIFO, 0600);
      return 1;
    case FILE_DEVICE_NETWORK:
      stat_special(st, NTIX_FT_SOCK, 0666);
      return 1;
    case FILE_DEVICE_DISK:
    case FILE_DEVICE_DISK_FILE_SYSTEM:
    case FILE_DEVICE_CD_ROM:
    case FILE_DEVICE_CD_ROM_FILE_SYSTEM:
    case FILE_DEVICE_NETWORK_FILE_SYSTEM:
    case FILE_DEVICE_UNKNOWN:
      return 0;
    default:
      stat_special(st, NTIX_FT_CHR, 0666);
      return 1;
  }
}

static void
stat_fill(ntix_stat_t *st,
          const FILE_ALL_INFORMATION *all,
          ULONG tag,
          int nofollow) {
  ULONG attrs = all->BasicInformation.FileAttributes;

  memset(st, 0, sizeof(*st));
  if (nofollow && (attrs & FILE_ATTRIBUTE_REPARSE_POINT) &&
      ntix__is_link_tag(tag)) {
    st->type = NTIX_FT_LNK;
    st->mode = 0777;
  } else if (all->StandardInformation.Directory) {
    st->type = NTIX_FT_DIR;
    st->mode = 0755;
  } else {
    st->type = NTIX_FT_REG;
    st->mode = (attrs & FILE_ATTRIBUTE_READONLY) ? 0444 : 0644;
  }
  st->size = (uint64_t)all->StandardInformation.EndOfFile.QuadPart;
  st->nlink = all->StandardInformation.NumberOfLinks;
  st->ino = (uint64_t)all->InternalInformation.IndexNumber.QuadPart;
  st->atime_ns = nt_time_ns(all->BasicInformation.LastAccessTime);
  st->mtime_ns = nt_time_ns(all->BasicInformation.LastWriteTime);
  st->ctime_ns = nt_time_ns(all->BasicInformation.ChangeTime);
  st->btime_ns = all->BasicInformation.CreationTime.QuadPart != 0
                     ? nt_time_ns(all->BasicInformation.CreationTime)
                     : -1;
}

static int
stat_handle(HANDLE h, ntix_stat_t *st, int nofollow) {
  /* FILE_ALL_INFORMATION ends with the name; room for a short one, and
   * STATUS_BUFFER_OVERFLOW still fills the fixed part. */
  union {
    FILE_ALL_INFORMATION all;
    char room[sizeof(FILE_ALL_INFORMATION) + 512];
  } u;
  FILE_ATTRIBUTE_TAG_INFORMATION tag = {0, 0};
  union {
    FILE_FS_VOLUME_INFORMATION vol;
    char room[sizeof(FILE_FS_VOLUME_INFORMATION) + 128];
  } v;
  IO_STATUS_BLOCK iosb;
  NTSTATUS s;

  if (stat_device(h, st))
    return 0;
  s = NtQueryInformationFile(h, &iosb, &u, sizeof(u), FileAllInformation);
  if (!NT_SUCCESS(s) && s != STATUS_BUFFER_OVERFLOW)
    return ntix__fail_nt((uint32_t)s, "NtQueryInformationFile");
  if (nofollow &&
      (u.all.BasicInformation.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
    NtQueryInformationFile(h, &iosb, &tag, sizeof(tag),
                           FileAttributeTagInformation);
  stat_fill(st, &u.all, tag.ReparseTag, nofollow);
  s = NtQueryVolumeInformationFile(h, &iosb, &v, sizeof(v),
                                   FileFsVolumeInformation);
  if (NT_SUCCESS(s) || s == STATUS_BUFFER_OVERFLOW)
    st->dev = v.vol.VolumeSerialNumber;
  return 0;
}

int
ntix__b_fstat(int fd, ntix_stat_t *st) {
  ntix__fdent_t e;
  int rc;

  if (st == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_fstat");
  rc = ntix__fd_get(fd, &e, "ntix_fstat");
  if (rc != 0)
    return rc;
  switch (e.kind) {
    case NTIX__K_PIPE:
      stat_special(st, NTIX_FT_FIFO, 0600);
      return 0;
    case NTIX__K_SOCKET:
      stat_special(st, NTIX_FT_SOCK, 0666);
      return 0;
    case NTIX__K_CONSOLE:
      stat_special(st, NTIX_FT_CHR, 0666);
      return 0;
    case NTIX__K_POLLER:
      stat_special(st, NTIX_FT_UNKNOWN, 0600);
      return 0;
    default:
      return stat_handle(e.handle, st, 0);
  }
}

static int
stat_path(const char *path, ntix_stat_t *st, int nofollow, const char *call) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS s;
  ULONG options = FILE_OPEN_FOR_BACKUP_INTENT;
  int rc;

  if (st == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  rc = ntix__path_to_nt(path, &nt, call);
  if (rc != 0)
    return rc;
  if (nofollow)
    options |= FILE_OPEN_REPARSE_POINT;
  if (ntix__path_trailing_slash(path))
    options |= FILE_DIRECTORY_FILE;
  s = ntix__nt_create(&h, &nt, FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0, FILE_OPEN,
                      options, 0, NULL);
  if (!NT_SUCCESS(s)) {
    rc = ntix__fail_open(s, &nt, "NtCreateFile");
    ntix__path_free(&nt);
    return rc;
  }
  ntix__path_free(&nt);
  rc = stat_handle(h, st, nofollow);
  NtClose(h);
  return rc;
}

int
ntix__b_stat(const char *path, ntix_stat_t *st) {
  return stat_path(path, st, 0, "ntix_stat");
}

int
ntix__b_lstat(const char *path, ntix_stat_t *st) {
  return stat_path(path, st, 1, "ntix_lstat");
}
