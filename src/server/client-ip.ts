import { isIPv6 } from 'node:net';
import type { Request } from 'restify';

/**
 * The client's address for rate limiting. Behind `trustedProxies` reverse proxies (TRUST_PROXY_HOPS) it is
 * read from X-Forwarded-For, counting that many entries from the right — entries further left were written
 * by the client and prove nothing. IPv6 clients are keyed by their /64: one machine usually has a whole
 * /64, so single addresses would let it step around every limit.
 */
export function clientKey(req: Request, trustedProxies: number): string {
  let address = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies > 0) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (forwarded.length > 0) address = forwarded[Math.max(0, forwarded.length - trustedProxies)];
  }
  return networkOf(address);
}

/** An IPv4 address as it is; an IPv6 address as its /64 prefix (`2001:db8:1:2::/64`). */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/64`;
}
