import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/jsonld.ts';

describe('serializeJsonLd', () => {
  it('escapes what could end the script element or a JS line, and reads back unchanged', () => {
    const data = { name: '</script><b>&amp;', note: 'a\u2028b\u2029c', nested: [{ x: '<<>>' }] };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;');
    expect(text).toContain('a\\u2028b\\u2029c');
    expect(JSON.parse(text)).toEqual(data);
  });
});
