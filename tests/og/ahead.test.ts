import { describe, expect, it } from 'vitest';
import { renderAhead } from '../../src/og/ahead.ts';

/** A render whose calls are recorded and finished by hand. */
function controlled() {
  const calls: string[] = [];
  const finish = new Map<string, (value: string) => void>();
  const fail = new Map<string, (error: Error) => void>();
  const render = (item: string) => {
    calls.push(item);
    return new Promise<string>((resolve, reject) => {
      finish.set(item, (value) => resolve(value));
      fail.set(item, reject);
    });
  };
  return { calls, finish, fail, render };
}

describe('renderAhead', () => {
  it('starts the next image while the asked-for one is drawn, and each image once', async () => {
    const { calls, finish, render } = controlled();
    const get = renderAhead(['a', 'b', 'c'], render);
    const a = get(0);
    expect(calls).toEqual(['a', 'b']);
    finish.get('a')!('A');
    expect(await a).toBe('A');
    const b = get(1);
    expect(calls).toEqual(['a', 'b', 'c']);
    finish.get('b')!('B');
    finish.get('c')!('C');
    expect(await b).toBe('B');
    expect(await get(2)).toBe('C');
    expect(calls).toEqual(['a', 'b', 'c']);
  });

  it('draws an image asked for out of order too', async () => {
    const { calls, finish, render } = controlled();
    const get = renderAhead(['a', 'b', 'c', 'd'], render, 0);
    const c = get(2);
    expect(calls).toEqual(['c']);
    finish.get('c')!('C');
    expect(await c).toBe('C');
  });

  it('hands a failure of an image drawn ahead to whoever asks for it, without an unhandled rejection', async () => {
    const { finish, fail, render } = controlled();
    const get = renderAhead(['a', 'b'], render);
    const a = get(0);
    fail.get('b')!(new Error('b is broken'));
    finish.get('a')!('A');
    expect(await a).toBe('A');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(get(1)).rejects.toThrow('b is broken');
  });
});
