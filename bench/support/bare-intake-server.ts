import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The baseline for the intake benchmark: a bare Node HTTP endpoint that parses the JSON body
 * and does one INSERT, nothing else (no validation, audit, outbox or framework).
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.env.PORT);

async function main(): Promise<void> {
  await pool.query(
    `CREATE TABLE IF NOT EXISTS bench_bare_requests (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(), type text NOT NULL, email text NOT NULL,
       received_at timestamptz NOT NULL DEFAULT now())`,
  );
  const server = createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on('data', (chunk: Buffer) => parts.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(parts).toString()) as { type: string; email: string };
      pool
        .query('INSERT INTO bench_bare_requests (type, email) VALUES ($1, $2) RETURNING id', [
          body.type,
          body.email,
        ])
        .then((result) => {
          response.writeHead(201, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ id: result.rows[0].id }));
        })
        .catch((error: Error) => {
          response.writeHead(500);
          response.end(error.message);
        });
    });
  });
  server.listen(port, '127.0.0.1', () => console.log('bare intake listening'));
}

void main();
