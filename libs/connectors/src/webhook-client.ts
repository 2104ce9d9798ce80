import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { classifyAddress, isAllowedDestination } from './address-class';

export interface WebhookClientOptions {
  /** Loopback and private networks too: development and tests only (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  timeoutMs: number;
}

export interface WebhookAnswer {
  status: number;
  /** The answer parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** A destination the client will not connect to; retrying does not help. */
export class WebhookDestinationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookDestinationRefusedError';
  }
}

const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs a signed JSON body to a recipient. Against server-side request forgery, the host is
 * resolved first and every address checked; the connection then goes to the checked address
 * (the name is kept for the Host header and TLS SNI and certificate), so a DNS answer that
 * changes between check and connect (rebinding) cannot redirect it, and the address actually
 * connected to is checked again. Redirects are not followed.
 */
export class WebhookClient {
  constructor(private readonly options: WebhookClientOptions) {}

  async post(url: URL, body: string, headers: Record<string, string>): Promise<WebhookAnswer> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const destination = await this.checkedAddress(host);
    return new Promise<WebhookAnswer>((resolve, reject) => {
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(
        {
          protocol: url.protocol,
          hostname: host,
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          agent: false,
          servername: isIP(host) ? undefined : host,
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'user-agent': 'Rightsdesk-Webhook/1',
          },
          // Connect to the address that was checked, never to a second DNS answer.
          lookup: (_hostname, options, callback) => {
            const all = (options as { all?: boolean }).all;
            if (all) (callback as (e: null, a: LookupAddress[]) => void)(null, [destination]);
            else callback(null, destination.address, destination.family);
          },
        },
        (response) => void readAnswer(response).then(resolve, reject),
      );
      const timer = setTimeout(
        () => request.destroy(new Error(`no answer within ${this.options.timeoutMs / 1000} s`)),
        this.options.timeoutMs,
      );
      request.on('close', () => clearTimeout(timer));
      request.on('socket', (socket: Socket) => {
        socket.once('connect', () => {
          const connected = socket.remoteAddress ?? '';
          if (!this.allowed(connected)) {
            request.destroy(this.refusal(host, connected));
          }
        });
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  private async checkedAddress(host: string): Promise<LookupAddress> {
    const family = isIP(host);
    const addresses: LookupAddress[] = family
      ? [{ address: host, family }]
      : await new Promise((resolve, reject) =>
          dnsLookup(host, { all: true, verbatim: true }, (error, found) =>
            error
              ? reject(new Error(`cannot resolve ${host}: ${error.code ?? error.message}`))
              : resolve(found),
          ),
        );
    // Every address must be allowed: a name that also resolves inside the network is refused.
    const refused = addresses.find((candidate) => !this.allowed(candidate.address));
    if (refused || addresses.length === 0) throw this.refusal(host, refused?.address ?? 'nothing');
    return addresses[0];
  }

  private allowed(address: string): boolean {
    return isAllowedDestination(classifyAddress(address), this.options.allowPrivate);
  }

  private refusal(host: string, address: string): WebhookDestinationRefusedError {
    const kind = classifyAddress(address).replace('_', '-');
    const why = this.options.allowPrivate
      ? `a ${kind} address`
      : `a ${kind} address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=true allows private networks, for development and tests)`;
    return new WebhookDestinationRefusedError(
      `refused to connect to ${host}: ${host === address ? 'it is' : `it resolves to ${address},`} ${why}`,
    );
  }
}

async function readAnswer(response: IncomingMessage): Promise<WebhookAnswer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > MAX_ANSWER_BYTES) {
      response.destroy();
      break;
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.statusCode ?? 0, json };
}
