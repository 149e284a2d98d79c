// Classifies an IP address as public or as one of the ranges a server must not be made to reach (loopback, private,
// link-local, multicast, unspecified, reserved), for IPv4 and IPv6, with IPv4 inside IPv6 (mapped, NAT64, 6to4).
import { isIPv4, isIPv6 } from "node:net";

export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "multicast"
  | "unspecified"
  | "reserved"
  | "invalid";

/** An IPv4 range: first address as a 32-bit number, prefix length, class. */
type Range4 = readonly [number, number, AddressClass];

const v4 = (text: string): number => text.split(".").reduce((n, part) => n * 256 + Number(part), 0);

/**
 * IPv4 special-purpose ranges (IANA IPv4 Special-Purpose Address Registry, RFC 6890 and its updates); any address
 * outside them is public. Shared address space (RFC 6598, carrier-grade NAT) counts as private.
 */
const ranges4: readonly Range4[] = [
  [v4("0.0.0.0"), 8, "unspecified"],
  [v4("10.0.0.0"), 8, "private"],
  [v4("100.64.0.0"), 10, "private"],
  [v4("127.0.0.0"), 8, "loopback"],
  [v4("169.254.0.0"), 16, "link-local"],
  [v4("172.16.0.0"), 12, "private"],
  [v4("192.0.0.0"), 24, "reserved"],
  [v4("192.0.2.0"), 24, "reserved"],
  [v4("192.88.99.0"), 24, "reserved"],
  [v4("192.168.0.0"), 16, "private"],
  [v4("198.18.0.0"), 15, "reserved"],
  [v4("198.51.100.0"), 24, "reserved"],
  [v4("203.0.113.0"), 24, "reserved"],
  [v4("224.0.0.0"), 4, "multicast"],
  [v4("240.0.0.0"), 4, "reserved"],
];

function classify4(n: number): AddressClass {
  for (const [start, prefix, kind] of ranges4) {
    const size = 2 ** (32 - prefix);
    if (n >= start && n < start + size) return kind;
  }
  return "public";
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail included), or undefined. */
function groups6(text: string): number[] | undefined {
  let address = text;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (tail !== undefined) {
    if (!isIPv4(tail)) return undefined;
    const n = v4(tail);
    address = `${address.slice(0, -tail.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const part = (s: string | undefined) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const rest = part(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => 0), ...rest];
  return all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : undefined;
}

/** The class of an IPv6 address given as eight groups (RFC 4291, IANA IPv6 Special-Purpose Address Registry). */
function classify6(g: number[]): AddressClass {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, i = 0] = g;
  const embedded4 = h * 65536 + i;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    if (f === 0xffff) return classify4(embedded4); // ::ffff:a.b.c.d, IPv4-mapped
    if (f === 0 && h === 0 && i === 0) return "unspecified";
    if (f === 0 && h === 0 && i === 1) return "loopback";
    return "reserved"; // IPv4-compatible (deprecated) and the rest of ::/80
  }
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return classify4(embedded4); // NAT64
  if (a === 0x64 && b === 0xff9b && c === 1) return "private"; // local-use NAT64 (RFC 8215)
  if (a === 0x2002) return classify4(b * 65536 + c); // 6to4: the IPv4 address it leads to
  if ((a & 0xfe00) === 0xfc00) return "private"; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return "link-local";
  if ((a & 0xffc0) === 0xfec0) return "private"; // site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return "multicast";
  if (a === 0x2001 && b === 0x0db8) return "reserved"; // documentation
  if (a === 0x2001 && b < 0x0200) return "reserved"; // IETF protocol assignments: Teredo, ORCHID, benchmarking…
  if (a === 0x3fff && b < 0x1000) return "reserved"; // documentation (RFC 9637)
  if (a === 0x0100 && b === 0 && c === 0 && d === 0) return "reserved"; // discard-only
  if ((a & 0xe000) === 0x2000) return "public"; // global unicast 2000::/3
  return "reserved";
}

/** The class of `address` (an IPv4 or IPv6 literal, an IPv6 zone such as `%eth0` ignored). */
export function classifyAddress(address: string): AddressClass {
  const text = address.trim().replace(/^\[|\]$/g, "");
  if (isIPv4(text)) return classify4(v4(text));
  const bare = text.replace(/%.*$/, "");
  if (!isIPv6(text) && !isIPv6(bare)) return "invalid";
  const g = groups6(bare.toLowerCase());
  return g ? classify6(g) : "invalid";
}

/** Plain words for a refused class, as a feed source's status shows them. */
export const addressClassWords: Record<Exclude<AddressClass, "public">, string> = {
  loopback: "a loopback address (this machine)",
  private: "a private network address",
  "link-local": "a link-local address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  reserved: "a reserved address that is not on the public internet",
  invalid: "not a valid IP address",
};
