/**
 * Finds the original file of a picture drawn on a card (draw.ts crops it to the template's box).
 * Astro's image metadata carries the file path only sometimes, so the path written in the entry's
 * frontmatter, relative to the entry's file, is the reliable source.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import matter from 'gray-matter';
import type { ImageLocator } from './types.ts';

const frontmatterCache = new Map<string, unknown>();

function frontmatterOf(entryFile: string): unknown {
  if (!frontmatterCache.has(entryFile)) {
    frontmatterCache.set(entryFile, matter(readFileSync(resolve(entryFile), 'utf8')).data);
  }
  return frontmatterCache.get(entryFile);
}

/** The absolute path of the picture, or a sentence saying why it could not be found. */
export function locateImage(locator: ImageLocator): { file: string } | { problem: string } {
  if (locator.fsPath && existsSync(locator.fsPath)) return { file: locator.fsPath };
  let value: unknown;
  try {
    value = locator.field.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], frontmatterOf(locator.entryFile));
  } catch (error) {
    return { problem: `${locator.entryFile} 读取失败：${(error as Error).message}` };
  }
  const field = locator.field.join('.');
  if (typeof value !== 'string') return { problem: `${locator.entryFile} 的 ${field} 不是图片路径` };
  const file = isAbsolute(value) ? value : resolve(dirname(resolve(locator.entryFile)), value);
  return existsSync(file) ? { file } : { problem: `${locator.entryFile} 的 ${field} 指向的文件 ${value} 不存在` };
}

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
