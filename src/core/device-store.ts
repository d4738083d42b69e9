import type { StorageAdapter } from './storage.js';

/** What this browser keeps of a device Cognito confirmed: the key, its group and the secret only it knows. */
export interface StoredDevice {
  deviceKey: string;
  deviceGroupKey: string;
  /** The device password (the SDK's randomPassword): never sent, only proven through device SRP. */
  secret: string;
  /** Who it is for (lower case): Cognito's username and the user's email, the name typed at sign-in. */
  names: string[];
}

const isDevice = (value: unknown): value is StoredDevice => {
  const d = value as StoredDevice;
  return typeof d?.deviceKey === 'string' && typeof d.deviceGroupKey === 'string' && typeof d.secret === 'string' && Array.isArray(d.names);
};

/**
 * The devices this browser remembers, one entry apart from the session: signing out leaves them (that is the point
 * of a remembered device), forgetting a device removes it. Storage is user-writable: anything unsound reads as none.
 */
export function createDeviceStore(storage: StorageAdapter, storageKey: string) {
  const entry = `${storageKey}.devices`;
  const read = (): StoredDevice[] => {
    try {
      const list: unknown = JSON.parse(storage.getItem(entry) ?? '[]');
      return Array.isArray(list) ? list.filter(isDevice) : [];
    } catch {
      return [];
    }
  };
  const write = (list: StoredDevice[]) => (list.length ? storage.setItem(entry, JSON.stringify(list)) : storage.removeItem(entry));
  const name = (n: string) => n.trim().toLowerCase();
  return {
    find: (who: string): StoredDevice | undefined => read().find((d) => d.names.includes(name(who))),
    save(device: StoredDevice): void {
      const names = device.names.map(name);
      // One device per user: a new one replaces whatever the same user had here.
      write([...read().filter((d) => !d.names.some((n) => names.includes(n))), { ...device, names }]);
    },
    forget(deviceKey: string): void {
      write(read().filter((d) => d.deviceKey !== deviceKey));
    },
  };
}

export type DeviceStore = ReturnType<typeof createDeviceStore>;
