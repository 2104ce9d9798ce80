/** How downloads of access packages are protected; defaults in DEFAULT_PACKAGE_DOWNLOAD. */
export interface PackageDownloadSettings {
  /** HMAC key for the stored hashes of codes and grants. */
  tokenKey: Buffer;
  /** AES-256-GCM key the package chunks are sealed with. */
  packageKey: Buffer;
  /** How long an emailed download code works. */
  codeMinutes: number;
  /** Wrong tries before a code stops working (GDPR Art. 32, CCPA regs 7060: throttle failed verification). */
  maxAttempts: number;
  /** Codes a request may be sent per hour, so the mailbox cannot be flooded. */
  codesPerHour: number;
  /** How long the right code lets the person download. */
  grantMinutes: number;
  /** Days a package can be downloaded after it was made; then it is gone (410). */
  packageDays: number;
}

export const DEFAULT_PACKAGE_DOWNLOAD = {
  codeMinutes: 15,
  maxAttempts: 5,
  codesPerHour: 5,
  grantMinutes: 10,
  packageDays: 30,
} as const satisfies Omit<PackageDownloadSettings, 'tokenKey' | 'packageKey'>;

/** The defaults with the process's keys (TOKEN_SECRET, PACKAGE_ENCRYPTION_KEY). */
export function packageDownloadSettings(config: {
  tokenKey: Buffer;
  packageEncryptionKey: Buffer;
}): PackageDownloadSettings {
  return {
    ...DEFAULT_PACKAGE_DOWNLOAD,
    tokenKey: config.tokenKey,
    packageKey: config.packageEncryptionKey,
  };
}
