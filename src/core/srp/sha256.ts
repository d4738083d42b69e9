// SHA-256 (FIPS 180-4), synchronous and pure JS: SRP needs it between big-number steps, and WebCrypto's
// digest is async and missing outside secure contexts (http on a LAN address). The round constants are
// derived from the primes rather than written out: a 64-number table would weigh more than this loop.

let K: number[] | undefined;
let H: number[];

function constants(): number[] {
  K = [];
  H = [];
  for (let n = 2; K.length < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    if (H.length < 8) H.push(((Math.sqrt(n) % 1) * 2 ** 32) | 0);
    K.push(((Math.cbrt(n) % 1) * 2 ** 32) | 0);
  }
  return K;
}

export function sha256(data: Uint8Array): Uint8Array {
  const k = K ?? constants();
  const bitLength = data.length * 8;
  // Message, 0x80, zeros, 64-bit big-endian length: a whole number of 64-byte blocks.
  const words = new Int32Array((((data.length + 8) >> 6) + 1) * 16);
  data.forEach((byte, i) => (words[i >> 2]! |= byte << (24 - (i % 4) * 8)));
  words[data.length >> 2]! |= 0x80 << (24 - (data.length % 4) * 8);
  words[words.length - 2] = bitLength / 2 ** 32;
  words[words.length - 1] = bitLength;

  const hash = H.slice();
  const w = new Int32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d, e, f, g, h] = hash as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = words[block + i]!;
      else {
        const x = w[i - 15]!;
        const y = w[i - 2]!;
        w[i] = (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + w[i - 7]! + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10)) + w[i - 16]!;
      }
      const t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!;
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, h].forEach((v, i) => (hash[i] = (hash[i]! + v) | 0));
  }
  const out = new Uint8Array(32);
  hash.forEach((v, i) => new DataView(out.buffer).setInt32(i * 4, v));
  return out;
}
