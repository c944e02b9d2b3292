/**
 * Every touch of `localStorage` goes through here and is guarded: storage may
 * be missing, disabled (it throws on access), full, or hold anything at all.
 */
export const STORAGE_KEY = 'oxu:settings';
export const STORAGE_VERSION = 1;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access itself throws when the browser blocks storage
  }
}

/** The raw stored record, or null when there is none or it cannot be read. */
export function readStored(): Record<string, unknown> | null {
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    if (!text) return null;
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    return (data as Record<string, unknown>).v === STORAGE_VERSION ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Saves the record; returns false when storage refused it. */
export function writeStored(values: Record<string, unknown>): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, ...values }));
    return true;
  } catch {
    return false;
  }
}

export function clearStored(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear where storage is unavailable
  }
}

/** Whether a `storage` event is about oxu's key in this origin's localStorage. */
export function isOurStorageEvent(event: StorageEvent): boolean {
  if (event.key !== STORAGE_KEY && event.key !== null) return false;
  try {
    return event.storageArea === storage();
  } catch {
    return false;
  }
}
