// Classifies IPv4/IPv6 addresses (loopback, private, link-local, metadata, ...) and the policy deciding which ones a fetch may connect to.
import { isIPv4, isIPv6 } from 'node:net';

/** What an address is, for the purpose of deciding whether a fetch may connect to it. */
export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'cgnat'
  | 'multicast'
  | 'metadata'
  | 'reserved'
  | 'invalid';

/** A connection about to be made: the host named in the URL and the address the socket will connect to. */
export interface ConnectTarget {
  hostname: string;
  address: string;
  family: 4 | 6;
}

/**
 * Decides whether a connection may be made: null allows it, a string refuses it and is the
 * reason. Called on the resolved address right before the socket connects, on every request
 * (every redirect hop included).
 */
export type AddressPolicy = (target: ConnectTarget) => string | null;

/** Cloud metadata endpoints (AWS/GCP/Azure/OpenStack 169.254.169.254, AWS ECS, Azure wireserver, Alibaba, AWS IPv6 IMDS). */
const METADATA_V4 = new Set(['169.254.169.254', '169.254.170.2', '168.63.129.16', '100.100.100.200']);
const METADATA_V6 = new Set(['fd00:ec2:0:0:0:0:0:254']);

function v4Number(address: string): number {
  const p = address.split('.');
  return ((Number(p[0]) << 24) >>> 0) + (Number(p[1]) << 16) + (Number(p[2]) << 8) + Number(p[3]);
}

/** IPv4 ranges that are not public unicast, most specific first: [network, prefix length, kind]. */
const V4_RANGES: [string, number, AddressKind][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V4_TABLE = V4_RANGES.map(([net, bits, kind]) => {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return { net: (v4Number(net) & mask) >>> 0, mask, kind };
});

function classifyV4(address: string): AddressKind {
  if (METADATA_V4.has(address)) return 'metadata';
  const n = v4Number(address);
  for (const r of V4_TABLE) if (((n & r.mask) >>> 0) === r.net) return r.kind;
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or null when it does not parse. */
export function ipv6Groups(address: string): number[] | null {
  let a = address.toLowerCase();
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  if (!isIPv6(a)) return null;
  let tail: number[] = [];
  const lastColon = a.lastIndexOf(':');
  const last = a.slice(lastColon + 1);
  if (last.includes('.')) {
    const n = v4Number(last);
    tail = [n >>> 16, n & 0xffff];
    a = `${a.slice(0, lastColon + 1)}0:0`;
  }
  const halves = a.split('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  let groups: number[];
  if (halves.length === 2) {
    const head = parse(halves[0]);
    const rest = parse(halves[1]);
    groups = [...head, ...new Array(8 - head.length - rest.length).fill(0), ...rest];
  } else {
    groups = parse(a);
  }
  if (tail.length) {
    groups[6] = tail[0];
    groups[7] = tail[1];
  }
  return groups.length === 8 ? groups : null;
}

function v4Of(hi: number, lo: number): string {
  return `${hi >>> 8}.${hi & 0xff}.${lo >>> 8}.${lo & 0xff}`;
}

function classifyV6(address: string): AddressKind {
  const g = ipv6Groups(address);
  if (!g) return 'invalid';
  if (METADATA_V6.has(g.map((x) => x.toString(16)).join(':'))) return 'metadata';
  const zeroTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address that decides.
  if (zeroTo(5) && g[5] === 0xffff) return classifyV4(v4Of(g[6], g[7]));
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyV4(v4Of(g[6], g[7]));
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'private';
  // 6to4 (2002::/16) embeds an IPv4 address in the next 32 bits.
  if (g[0] === 0x2002) return classifyV4(v4Of(g[1], g[2]));
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'private';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  // Documentation, IETF protocol assignments (Teredo, ORCHID, benchmarking), discard-only.
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'reserved';
  if (g[0] === 0x2001 && g[1] < 0x0200) return 'reserved';
  if (g[0] === 0x3fff && g[1] < 0x1000) return 'reserved';
  // Global unicast is 2000::/3; everything else (IPv4-compatible ::/96, 100::/64, ...) is reserved.
  if ((g[0] & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

/** Classifies an IPv4 or IPv6 address (IPv4-mapped, NAT64 and 6to4 IPv6 by the IPv4 address they carry). */
export function classifyAddress(address: string): AddressKind {
  const a = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIPv4(a)) return classifyV4(a);
  return classifyV6(a);
}

const KIND_WORDS: Record<AddressKind, string> = {
  public: 'public',
  unspecified: 'an unspecified',
  loopback: 'a loopback',
  private: 'a private',
  'link-local': 'a link-local',
  'unique-local': 'a unique-local',
  cgnat: 'a carrier-grade NAT',
  multicast: 'a multicast',
  metadata: 'a cloud metadata',
  reserved: 'a reserved',
  invalid: 'an invalid',
};

/** The default policy: only public unicast addresses. */
export const strictAddressPolicy: AddressPolicy = ({ hostname, address }) => {
  const kind = classifyAddress(address);
  if (kind === 'public') return null;
  const named = hostname === address ? address : `${hostname} resolves to ${address}, which`;
  return `${named} is ${KIND_WORDS[kind]} address (give --allow-private to fetch from it)`;
};

/** The policy of `--allow-private`: any address that parses. */
export const allowAnyAddress: AddressPolicy = ({ address }) => (classifyAddress(address) === 'invalid' ? `${address} is not an IP address` : null);
