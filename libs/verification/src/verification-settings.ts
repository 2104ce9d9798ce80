/** Verification knobs a company may set (configuration), with the defaults in config. */
export interface VerificationSettings {
  /** Minutes an emailed code or link works. */
  codeMinutes: number;
  /** Wrong codes allowed per challenge before a new one must be asked for. */
  maxAttempts: number;
  /** Key for the keyed hashes of codes, links and status tokens. */
  tokenKey: Buffer;
  /** Where links in emails point. */
  publicUrl: string;
  /** Codes one request may be sent per hour, the first included (regs 7060: throttle abuse). */
  codesPerHour: number;
}
