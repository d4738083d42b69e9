import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, localStorageAdapter, sessionStorageAdapter } from '../../src/core/storage';

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

  it('memory storage is private to each adapter and leaves nothing behind in Web Storage', () => {
    const a = createMemoryStorage();
    const b = createMemoryStorage();
    a.setItem('k', 'v');
    expect(b.getItem('k')).toBeNull();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
