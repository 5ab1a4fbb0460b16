// Unit tests of the address classifier over IPv4 and IPv6 ranges, and of the strict policy's reasons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowAnyAddress, classifyAddress, ipv6Groups, strictAddressPolicy, type AddressKind } from './address.js';

const CASES: [string, AddressKind][] = [
  ['8.8.8.8', 'public'],
  ['93.184.216.34', 'public'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', 'public'],
  ['192.168.1.1', 'private'],
  ['169.254.1.1', 'link-local'],
  ['169.254.169.254', 'metadata'],
  ['169.254.170.2', 'metadata'],
  ['100.64.0.1', 'cgnat'],
  ['100.127.255.255', 'cgnat'],
  ['100.128.0.1', 'public'],
  ['100.100.100.200', 'metadata'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['240.0.0.1', 'reserved'],
  ['192.0.2.5', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:8.8.8.8', 'public'],
  ['64:ff9b::7f00:1', 'loopback'],
  ['64:ff9b::808:808', 'public'],
  ['2002:7f00:1::', 'loopback'],
  ['2002:808:808::1', 'public'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456::1', 'unique-local'],
  ['fd00:ec2::254', 'metadata'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['fec0::1', 'private'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'reserved'],
  ['::127.0.0.1', 'reserved'],
  ['100::1', 'reserved'],
  ['2001:4860:4860::8888', 'public'],
  ['2606:4700:4700::1111', 'public'],
  ['not-an-ip', 'invalid'],
];

test('classifyAddress over IPv4 and IPv6 ranges', () => {
  for (const [address, kind] of CASES) assert.equal(classifyAddress(address), kind, address);
});

test('ipv6Groups expands compressed forms and embedded IPv4', () => {
  assert.deepEqual(ipv6Groups('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
  assert.deepEqual(ipv6Groups('2001:db8::1'), [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(ipv6Groups('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(ipv6Groups('1.2.3.4'), null);
});

test('the strict policy allows public unicast only and says why; the permissive one allows any address', () => {
  assert.equal(strictAddressPolicy({ hostname: 'example.com', address: '93.184.216.34', family: 4 }), null);
  assert.match(strictAddressPolicy({ hostname: 'localhost', address: '::1', family: 6 }) ?? '', /^localhost resolves to ::1, which is a loopback address/);
  assert.match(strictAddressPolicy({ hostname: '10.0.0.1', address: '10.0.0.1', family: 4 }) ?? '', /^10\.0\.0\.1 is a private address/);
  assert.equal(allowAnyAddress({ hostname: 'localhost', address: '127.0.0.1', family: 4 }), null);
});
