import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, localStorageAdapter, resolveStorage, sessionStorageAdapter } from '../../src/core/storage';

describe('storage adapters (jsdom Web Storage)', () => {
  afterEach(() => sessionStorage.clear());

  it('local and session adapters write to their own Web Storage', () => {
    localStorageAdapter().setItem('k', 'local');
    sessionStorageAdapter().setItem('k', 'session');
    expect(localStorage.getItem('k')).toBe('local');
    expect(sessionStorage.getItem('k')).toBe('session');
    localStorageAdapter().removeItem('k');
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('falls back to memory when Web Storage throws (Safari private mode, sandboxed iframes)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('QuotaExceededError');
    });
    const adapter = localStorageAdapter();
    adapter.setItem('k', 'v');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('SecurityError');
    });
    expect(adapter.getItem('k')).toBe('v');
  });

  it('a write that throws while reads work (QuotaExceededError): reads see the new value, never the stale one', () => {
    localStorage.setItem('k', 'stale');
    const adapter = localStorageAdapter();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    adapter.setItem('k', 'fresh');
    expect(adapter.getItem('k')).toBe('fresh');
    // The stale copy is gone, so a reload or another tab cannot act on it.
    expect(localStorage.getItem('k')).toBeNull();
    adapter.removeItem('k');
    expect(adapter.getItem('k')).toBeNull();
    // Once writes work again the key goes back to Web Storage.
    adapter.setItem('k', 'memory');
    setItem.mockRestore();
    adapter.setItem('k', 'real');
    expect(localStorage.getItem('k')).toBe('real');
    expect(adapter.getItem('k')).toBe('real');
    localStorage.removeItem('k');
    expect(adapter.getItem('k')).toBeNull();
  });

  it("an app's own adapter whose writes throw gets the same fallback", () => {
    const items = new Map<string, string>([['k', 'stale']]);
    const custom = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: () => {
        throw new Error('disk full');
      },
      removeItem: (key: string) => void items.delete(key),
    };
    const adapter = resolveStorage(custom);
    expect(() => adapter.setItem('k', 'fresh')).not.toThrow();
    expect(adapter.getItem('k')).toBe('fresh');
    expect(items.has('k')).toBe(false);
  });

  it('memory storage is private to each adapter and leaves nothing behind in Web Storage', () => {
    const a = createMemoryStorage();
    const b = createMemoryStorage();
    a.setItem('k', 'v');
    expect(b.getItem('k')).toBeNull();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
