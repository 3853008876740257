import { describe, expect, it } from 'vitest';
import { joinCjkLines } from '../../src/lib/cjk.ts';

describe('joinCjkLines', () => {
  it('joins a line break between Chinese characters, indentation included', () => {
    expect(joinCjkLines('文明单位\n    创建工作')).toBe('文明单位创建工作');
    expect(joinCjkLines('坚持“一把手”\r\n负责制')).toBe('坚持“一把手”负责制');
  });

  it('keeps breaks next to Latin text and spaces the editor typed', () => {
    expect(joinCjkLines('Astro\n文明')).toBe('Astro\n文明');
    expect(joinCjkLines('文明\nAstro')).toBe('文明\nAstro');
    expect(joinCjkLines('中 国')).toBe('中 国');
  });

  it('joins after full-width punctuation', () => {
    expect(joinCjkLines('第一，\n第二。')).toBe('第一，第二。');
  });
});
