// Tests that need root (a tmpfs, mknod, chown to another user): skipped with a printed reason elsewhere, and never
// skipped in CI, which runs as root (CI=true without root fails instead of passing quietly).

/** True when the caller should skip: not root and not in CI. Throws in CI without root. */
export function rootOnly(what: string): boolean {
  if (process.getuid?.() === 0) return false;
  if (process.env.CI === 'true') throw new Error(`CI=true but not running as root: ${what} need root`);
  console.warn(`[skip] not root: ${what} skipped`);
  return true;
}
