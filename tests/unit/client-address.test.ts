import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '@/lib/http/client-address';
import { proxySettingProblem, proxyTrustOf } from '@/lib/http/proxy-trust';

const NONE = { hops: 0, addresses: [] };
const ONE = { hops: 1, addresses: [] };
const TWO = { hops: 2, addresses: [] };
const LISTED = { hops: 0, addresses: ['10.0.0.1', '10.0.0.2'] };
const xff = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('client address: X-Forwarded-For believed only as far as trusted proxies appended it', () => {
  it.each([
    ['no proxy: nothing is believed, not even a lone entry', NONE, '203.0.113.72', null],
    ['one proxy: the entry it appended', ONE, '203.0.113.72, 198.51.100.5', '198.51.100.5'],
    ['one proxy, nothing forged: the entry it appended', ONE, '198.51.100.5', '198.51.100.5'],
    ['two proxies: the entry the outer one appended', TWO, '203.0.113.72, 198.51.100.5, 10.0.0.1', '198.51.100.5'],
    ['two proxies but one entry: unknown', TWO, '198.51.100.5', null],
    [
      'listed proxies: the first entry from the right that is not one of them',
      LISTED,
      '203.0.113.72, 198.51.100.5, 10.0.0.2, 10.0.0.1',
      '198.51.100.5',
    ],
    ['listed proxies, only proxies: the leftmost', LISTED, '10.0.0.2, 10.0.0.1', '10.0.0.2'],
    ['an entry that is no address: unknown', ONE, '203.0.113.72, <script>', null],
    ['IPv6', ONE, '203.0.113.72, 2001:db8::1', '2001:db8::1'],
    ['no header', ONE, '', null],
  ])('%s', (_name, trust, header, expected) => {
    expect(clientAddressOf(xff(header), trust)).toBe(expected);
  });

  it('reads next-auth’s plain header object as well', () => {
    expect(clientAddressOf({ 'x-forwarded-for': '203.0.113.72, 198.51.100.5' }, ONE)).toBe('198.51.100.5');
    expect(clientAddressOf(undefined, ONE)).toBeNull();
  });
});

describe('proxy setting: read from the environment, unsafe settings named', () => {
  it.each([
    [{}, { hops: 0, addresses: [] }],
    [{ TRUSTED_PROXY_HOPS: '1' }, { hops: 1, addresses: [] }],
    [{ TRUSTED_PROXIES: '10.0.0.1, ::1' }, { hops: 0, addresses: ['10.0.0.1', '::1'] }],
  ])('%j', (env, expected) => {
    expect(proxyTrustOf(env)).toEqual(expected);
  });

  it.each([
    [{ TRUSTED_PROXY_HOPS: 'one' }, /TRUSTED_PROXY_HOPS/],
    [{ TRUSTED_PROXY_HOPS: '-1' }, /TRUSTED_PROXY_HOPS/],
    [{ TRUSTED_PROXY_HOPS: '11' }, /at most 10/],
    [{ TRUSTED_PROXIES: 'proxy.internal' }, /TRUSTED_PROXIES/],
    [{ TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXIES: '10.0.0.1' }, /not both/],
    // Production (NODE_ENV=production with DATABASE_URL) must name its proxy.
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://x' }, /proxy/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://x', TRUSTED_PROXY_HOPS: '0' }, /proxy/],
  ])('refused: %j', (env, reason) => {
    expect(proxySettingProblem(env)).toMatch(reason);
  });

  it.each([
    [{}],
    [{ NODE_ENV: 'production' }], // the demo: no DATABASE_URL, addresses stay unknown
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://x', TRUSTED_PROXY_HOPS: '1' }],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://x', TRUSTED_PROXIES: '10.0.0.1' }],
  ])('allowed: %j', (env) => {
    expect(proxySettingProblem(env)).toBeNull();
  });
});
