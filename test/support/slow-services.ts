// Integration and end-to-end tests talk to real Postgres, Redis and SMTP and hash staff
// passwords with argon2id: the default 5 s is too tight on a 2-core machine that is building at
// the same time. A hang guard only, not a speed target (those are benchmarks, `npm run bench`);
// tests that need longer still say so themselves.
jest.setTimeout(30_000);
