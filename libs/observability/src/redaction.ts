/**
 * Log paths that may carry personal data or secrets; pino replaces their values. Logs carry ids,
 * never who a request is about (GDPR Art. 32).
 */
export const REDACTED_PATHS = [
  'email',
  'name',
  'phone',
  'postalAddress',
  'address',
  'recipient',
  'password',
  'token',
  'code',
  '*.email',
  '*.name',
  '*.phone',
  '*.postalAddress',
  '*.recipient',
  '*.password',
  '*.token',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'body',
  'req.body',
];
