/**
 * What a staff password must be (NIST SP 800-63B §5.1.1.2: length over composition rules, no
 * forced character classes, a cap high enough for passphrases). Returns the problem in words.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words work well.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0]) {
    return 'The password must not be your email address.';
  }
  if (/^(.)\1+$/.test(password) || /^(0123456789|1234567890|abcdefghijkl)/i.test(password)) {
    return 'The password is too easy to guess; choose something less predictable.';
  }
  return null;
}

/** Emails are compared case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
