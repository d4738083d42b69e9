import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/srp/sha256';

const nodeHex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const kitHex = (data: Uint8Array) => Buffer.from(sha256(data)).toString('hex');

describe('sha256 (the SRP hash, pure JS) against node:crypto', () => {
  it('the FIPS 180-4 examples', () => {
    expect(kitHex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(kitHex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('every length from 0 to 300 bytes (all padding cases), and long inputs', () => {
    for (let length = 0; length <= 300; length++) {
      const data = randomBytes(length);
      expect(kitHex(data), `length ${length}`).toBe(nodeHex(data));
    }
    for (const length of [1024, 4096 + 55, 65_536 + 63]) {
      const data = randomBytes(length);
      expect(kitHex(data), `length ${length}`).toBe(nodeHex(data));
    }
  });

  it('does not change its input and answers the same twice', () => {
    const data = randomBytes(100);
    const copy = Buffer.from(data);
    expect(kitHex(data)).toBe(kitHex(data));
    expect(data.equals(copy)).toBe(true);
  });
});
