/**
 * A named place where a crash test makes this process die exactly as a crash would (SIGKILL:
 * no cleanup, no shutdown hooks), to prove that a restart finishes the work exactly once. Inert
 * unless RIGHTSDESK_FAILPOINT names the place, and never in production.
 */
export function failpoint(name: string): void {
  if (process.env.RIGHTSDESK_FAILPOINT === name && process.env.NODE_ENV !== 'production') {
    process.kill(process.pid, 'SIGKILL');
  }
}
