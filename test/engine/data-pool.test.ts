// Message data parts and the data pool (issue 13): equal data made of the same parts is one object, found by identity.
import { describe, expect, it } from 'vitest';
import { DataPool, isShared, Parts } from '../../src/engine/data-pool.js';
import type { MessageData } from '../../src/types.js';

describe('Parts', () => {
  it('names a record by its keys and the identities of its values, in order', () => {
    const parts = new Parts();
    const level = parts.add({ kind: 'level', level: { name: 'server' } });
    const path = (o: object) => parts.record(parts.begin('t'), o);
    const a = path({ level, n: 1 });
    expect(path({ level, n: 1 })).toBe(a);
    // Another key order, another value type, another object of the same text: other names.
    expect(path({ n: 1, level })).not.toBe(a);
    expect(path({ level, n: '1' })).not.toBe(a);
    expect(path({ level: { kind: 'level', level: { name: 'http' } }, n: 1 })).not.toBe(a);
    expect(path({ level, n: 1, more: null })).not.toBe(a);
  });

  it('makes a plain object value a part named by its own values, so an equal one built again finds it', () => {
    const parts = new Parts();
    const basis = { kind: 'versioned', version: '1.29.7' };
    const first = { kind: 'default', basis };
    const a = parts.record(parts.begin('t'), { d: first });
    expect(parts.isPart(first)).toBe(true);
    expect(parts.record(parts.begin('t'), { d: { kind: 'default', basis } })).toBe(a);
    expect(parts.record(parts.begin('t'), { d: [first] })).not.toBe(a);
  });

  it('gives the first of equal pieces made of the same values (same), and other data as it is', () => {
    const parts = new Parts();
    const why = [{ kind: 'path-word', path: '/events', word: 'events' }];
    const first = { kind: 'stream', reasons: why };
    expect(parts.same(first)).toBe(first);
    expect(parts.same({ kind: 'stream', reasons: [{ kind: 'path-word', path: '/events', word: 'events' }] })).toBe(first);
    expect(parts.same({ kind: 'stream', reasons: [{ kind: 'path-word', path: '/sse', word: 'sse' }] })).not.toBe(first);
    const date = new Date(0);
    expect(parts.same(date)).toBe(date);
  });

  it('does not name objects that are not plain data, nor anything past its bound', () => {
    const parts = new Parts();
    expect(parts.record(parts.begin('t'), { at: new Date(0) })).toBeNull();
    const small = new Parts(3);
    expect(small.record(small.begin('t'), { a: 1, b: 2 })).toBeNull();
  });
});

describe('DataPool', () => {
  it('gives equal data made of the same parts as the first object, marked shared, without its JSON text', () => {
    const parts = new Parts();
    const pool = new DataPool(parts);
    const code = parts.add({ kind: 'code' as const, text: 'keepalive 8' });
    const first: MessageData = { what: code, count: 2 };
    expect(pool.intern(first)).toBe(first);
    expect(isShared(first)).toBe(false);
    // A toJSON would be called if the pool wrote the data out: it is not.
    const again = { what: code, count: 2 } as MessageData;
    Object.defineProperty(again, 'toJSON', { value: () => { throw new Error('written out'); } });
    expect(pool.intern(again)).toBe(first);
    expect(isShared(first)).toBe(true);
    expect(pool.intern({ what: code, count: 3 })).not.toBe(first);
  });

  it('still finds equal data made of other objects by its JSON text', () => {
    const pool = new DataPool(new Parts());
    const a = { when: new Date(0) } as unknown as MessageData;
    const b = { when: new Date(0) } as unknown as MessageData;
    expect(pool.intern(a)).toBe(a);
    expect(pool.intern(b)).toBe(a);
    expect(isShared(a)).toBe(true);
  });
});
