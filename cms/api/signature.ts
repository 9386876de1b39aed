import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Webhook signatures, the scheme receivers implement (documented on the portal's `api/` page):
 * `X-Portal-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>`, where `timestamp` is the
 * `X-Portal-Timestamp` header (Unix seconds) and `body` the raw request body. No dependencies: receivers
 * may copy this file as it is.
 */
export const sign = (secret: string, timestamp: number | string, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/**
 * Whether a delivery is authentic and fresh: the signature matches the body and timestamp under the shared
 * secret, and the timestamp is within `toleranceSeconds` of now (a captured delivery cannot be replayed
 * later). Compared in constant time.
 */
export const verifySignature = (secret: string, timestamp: string | number, body: string, signature: string, toleranceSeconds = 300, now = Date.now()): boolean => {
  const seconds = Number(timestamp)
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > toleranceSeconds) return false
  const expected = Buffer.from(sign(secret, seconds, body))
  return signature
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected))
}
