/* fsinfo.c (Windows): facts about the volume behind a path or a
 * descriptor, from NtQueryVolumeInformationFile (FileFsFullSizeInformation,
 * FileFsAttributeInformation), and whether a descriptor is a console.
 */
#include "win32-int.h"

static int
statfs_handle(HANDLE h, ntix_statfs_t *out) {
  union {
    ntix__fs_attribute_t a;
    char room[sizeof(ntix__fs_attribute_t) + 64];
  } attr;
  ntix__fs_full_size_t full;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;
  uint64_t unit;

  st = NtQueryVolumeInformationFile(h, &iosb, &full, sizeof(full),
                                    FileFsFullSizeInformation);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtQueryVolumeInformationFile");
  /* The name is cut to the room given; the fixed part is what counts. */
  st = NtQueryVolumeInformationFile(h, &iosb, &attr, sizeof(attr),
                                    FileFsAttributeInformation);
  if (!NT_SUCCESS(st) && st != STATUS_BUFFER_OVERFLOW)
    return ntix__fail_nt((uint32_t)st, "NtQueryVolumeInformationFile");
  unit = (uint64_t)full.SectorsPerAllocationUnit * full.BytesPerSector;
  out->total = (uint64_t)full.TotalAllocationUnits.QuadPart * unit;
  out->free = (uint64_t)full.ActualAvailableAllocationUnits.QuadPart * unit;
  out->avail = (uint64_t)full.CallerAvailableAllocationUnits.QuadPart * unit;
  out->bsize = unit;
  out->name_max = (uint32_t)attr.a.MaximumComponentNameLength;
  return 0;
}

int
ntix__b_statfs(const char *path, ntix_statfs_t *out) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int rc;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_statfs");
  if ((rc = ntix__path_to_nt(path, &nt, "ntix_statfs")) != 0)
    return rc;
  st = ntix__nt_create(&h, &nt, FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0,
                       FILE_OPEN, FILE_OPEN_FOR_BACKUP_INTENT, 0, NULL);
  rc = NT_SUCCESS(st) ? 0 : ntix__fail_open(st, &nt, "NtCreateFile");
  ntix__path_free(&nt);
  if (rc != 0)
    return rc;
  rc = statfs_handle(h, out);
  NtClose(h);
  return rc;
}

int
ntix__b_fstatfs(int fd, ntix_statfs_t *out) {
  ntix__fdent_t e;
  int rc;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_fstatfs");
  if ((rc = ntix__fd_meta_kind(fd, &e, "ntix_fstatfs")) != 0)
    return rc;
  return statfs_handle(e.handle, out);
}

int
ntix__b_isatty(int fd) {
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__fd_get(fd, &e, "ntix_isatty")) != 0)
    return rc;
  return e.kind == NTIX__K_CONSOLE;
}
