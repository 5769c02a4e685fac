import ipaddr from 'ipaddr.js'

/** The key of requests whose address cannot be read (no header, not an IP address). */
export const UNKNOWN_ADDRESS = 'unknown'
/**
 * The key of requests that bring their own `X-Forwarded-For` list while no proxy is trusted:
 * Next writes one address there, never a list, so a list came from the client. They all share
 * one key, so making up addresses does not give a client a fresh allowance.
 */
export const UNTRUSTED_FORWARDED = 'untrusted-forwarded'

/**
 * The address a request is counted under. IPv4 as is (also when written as IPv6 `::ffff:a.b.c.d`);
 * IPv6 by its /64 network, because one subscriber usually holds a whole /64.
 */
export const addressKey = (value: string): string => {
  const text = value.trim().replace(/^\[|\]$/g, '')
  if (!ipaddr.isValid(text)) return UNKNOWN_ADDRESS
  let parsed = ipaddr.parse(text)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16))
  return `${parts.join(':')}::/64`
}

/**
 * The client's address, read from the request headers Payload gives a hook. A Next server
 * (`next dev`, `next start`) writes the connection's address into `X-Forwarded-For` when the
 * request has none; a request that has one keeps it. So:
 * - `trustedProxies` 0 (no proxy in front): a single address there is the connection's; a list
 *   can only come from the client and counts as {@link UNTRUSTED_FORWARDED}.
 * - `trustedProxies` n: each proxy appends the address it saw, so the n-th entry from the right
 *   is the client as the outermost trusted proxy saw it; whatever the client wrote itself stands
 *   to the left of it and is ignored.
 */
export const clientAddressOf = (headers: Headers, trustedProxies: number): string => {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return UNKNOWN_ADDRESS
  if (trustedProxies <= 0) return entries.length === 1 ? addressKey(entries[0]) : UNTRUSTED_FORWARDED
  return addressKey(entries[Math.max(0, entries.length - trustedProxies)])
}

/**
 * `TRUST_PROXY`: empty, `false` or `0` (no proxy), `true` (one), or the number of proxies.
 * Anything else stops the server: guessing here would either trust a forged header or lump
 * every visitor together.
 */
export const parseTrustProxy = (value: string | undefined): number => {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '' || text === 'false' || text === '0') return 0
  if (text === 'true') return 1
  if (/^\d+$/.test(text)) return Number(text)
  throw new Error(`TRUST_PROXY must be empty, false, true or a number of proxies, not "${value}".`)
}
