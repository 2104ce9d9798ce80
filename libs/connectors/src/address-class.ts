/**
 * What kind of network an IP address belongs to, so a webhook is never pointed at the company's
 * own network or a cloud metadata service (server-side request forgery). Pure: the caller
 * resolves names and passes the address it will connect to.
 */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'shared' // carrier-grade NAT, RFC 6598
  | 'multicast'
  | 'reserved'
  | 'invalid';

// [first address, prefix length, class] per IANA special-purpose registries (RFC 6890 and later).
const IPV4_RANGES: ReadonlyArray<[string, number, AddressClass]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link_local'], // includes 169.254.169.254, the cloud metadata service
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'], // documentation
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes 255.255.255.255
];

/** The class of an IPv4 or IPv6 address in text form; `invalid` when it is neither. */
export function classifyAddress(address: string): AddressClass {
  const v4 = parseIpv4(address);
  if (v4 !== undefined) return classifyIpv4(v4);
  const v6 = parseIpv6(address);
  return v6 ? classifyIpv6(v6) : 'invalid';
}

/** Whether a webhook may connect to the address; private networks only when allowed. */
export function isAllowedDestination(addressClass: AddressClass, allowPrivate: boolean): boolean {
  if (addressClass === 'public') return true;
  return allowPrivate && ['loopback', 'private', 'link_local', 'shared'].includes(addressClass);
}

function classifyIpv4(value: number): AddressClass {
  for (const [first, bits, kind] of IPV4_RANGES) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === (parseIpv4(first) as number)) return kind;
  }
  return 'public';
}

function classifyIpv6(groups: number[]): AddressClass {
  const [g0, g1] = groups;
  const zeroUpTo = (n: number) => groups.slice(0, n).every((group) => group === 0);
  const embeddedV4 = (from: number) => ((groups[from] << 16) | groups[from + 1]) >>> 0;
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && groups[7] === 1) return 'loopback';
  if (zeroUpTo(5) && groups[5] === 0xffff) return classifyIpv4(embeddedV4(6)); // ::ffff:a.b.c.d
  if (zeroUpTo(6)) return 'reserved'; // deprecated IPv4-compatible ::a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) {
    return classifyIpv4(embeddedV4(6)); // NAT64 64:ff9b::a.b.c.d reaches that IPv4 address
  }
  if (g0 === 0x2002) return classifyIpv4(embeddedV4(1)); // 6to4 2002:a.b.c.d::
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'link_local'; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return 'multicast'; // ff00::/8
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo tunnels reach any IPv4 address
  if (g0 === 0x0100 && groups.slice(1, 4).every((g) => g === 0)) return 'reserved'; // 100::/64
  return 'public';
}

function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part))) {
    return undefined;
  }
  const bytes = parts.map(Number);
  if (bytes.some((byte) => byte > 255)) return undefined;
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

/** Eight 16-bit groups, or undefined. Accepts "::" and a trailing dotted IPv4 part. */
function parseIpv6(input: string): number[] | undefined {
  const text = input.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // brackets, zone id
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  const toGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (const [index, piece] of pieces.entries()) {
      if (piece.includes('.') && index === pieces.length - 1) {
        const v4 = parseIpv4(piece);
        if (v4 === undefined) return undefined;
        groups.push(v4 >>> 16, v4 & 0xffff);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const [head, tail] = text.split('::');
  const before = toGroups(head);
  const after = tail === undefined ? [] : toGroups(tail);
  if (!before || !after) return undefined;
  if (tail === undefined) return before.length === 8 ? before : undefined;
  const missing = 8 - before.length - after.length;
  if (missing < 1) return undefined;
  return [...before, ...new Array<number>(missing).fill(0), ...after];
}
