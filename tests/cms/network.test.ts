import { describe, expect, it } from 'vitest'
import { clientKey, limitKey, PEER_HEADER } from '../../cms/citizen/network.ts'

describe('rate-limit keys: IPv4 by address, IPv6 by /64', () => {
  it('keeps an IPv4 address (and an IPv4-mapped IPv6 one) whole', () => {
    expect(limitKey('203.0.113.7')).toBe('203.0.113.7')
    expect(clientKey(new Headers({ [PEER_HEADER]: '::ffff:203.0.113.7' }))).toBe('203.0.113.7')
    expect(limitKey('203.0.113.8')).not.toBe(limitKey('203.0.113.7'))
  })

  it('gives every address of one /64 the same key, however it is written', () => {
    const key = limitKey('2001:db8:1:2::1')
    expect(key).toBe('2001:db8:1:2::/64')
    for (const address of ['2001:db8:1:2:3:4:5:6', '2001:DB8:0001:0002:FFFF::1', '2001:db8:1:2::', 'fe80::1%eth0'.replace('fe80', '2001:db8:1:2')]) expect(limitKey(address), address).toBe(key)
  })

  it('tells neighbouring /64s apart, including compressed groups inside the prefix', () => {
    expect(limitKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64')
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(limitKey('1::2:3:4:5:6:7')).toBe('1:0:2:3::/64')
    expect(limitKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
  })

  it('keys a client behind a trusted proxy by the address the proxy names', () => {
    const headers = new Headers({ [PEER_HEADER]: '10.0.0.1', 'x-forwarded-for': '2001:db8:9:9:aaaa::5' })
    expect(clientKey(headers, new Set(['10.0.0.1']))).toBe('2001:db8:9:9::/64')
    expect(clientKey(headers, new Set())).toBe('10.0.0.1')
  })

  it('leaves what is not an address as it is', () => {
    expect(limitKey('tidak-diketahui')).toBe('tidak-diketahui')
  })
})
