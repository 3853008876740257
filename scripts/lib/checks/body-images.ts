/**
 * Images in an entry's Markdown body (`![替代文字](./photo.jpg)`), read with satteri, the parser
 * the site renders bodies with: a relative image that is missing fails the build, so it is an
 * error here; alt text that says nothing is a warning, as it is for images in the fields.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedEntry } from '../load-content.ts';
import { isWeakAlt, WEAK_ALT_HINT } from './editorial.ts';
import { missingImageMessage } from '../schemas.ts';

interface MdastNode {
  type: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  position?: { start: { line: number; column: number } };
  children?: MdastNode[];
}

/** Web addresses and site paths (public/) are not files beside the entry. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

function* walk(node: MdastNode): Generator<MdastNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export function findBodyImageProblems(entry: LoadedEntry): Diagnostic[] {
  const mdx = /\.mdx$/i.test(entry.file);
  // Most bodies have no image at all: a Markdown body without `![` is not parsed (an MDX body
  // always is, since it can fail to parse).
  if (!mdx && !entry.text.includes('![')) return [];
  let tree: MdastNode;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(entry.text) as MdastNode;
  } catch (error) {
    // satteri puts the position at the start of its message: `16:1: Expected a closing tag …`.
    const [, line = '1', col = '1', reason = (error as Error).message] = /^(\d+):(\d+):\s*(.*)$/s.exec((error as Error).message) ?? [];
    return [{ file: entry.file, line: Number(line), col: Number(col), severity: 'error', message: `正文无法解析：${reason}`, hint: '检查正文中的尖括号、花括号是否配对（MDX 文件里的 < 和 { 有特殊含义，要原样显示时写成 \\< 和 \\{）' }];
  }
  const nodes = [...walk(tree)];
  const definitions = new Map(nodes.filter((node) => node.type === 'definition').map((node) => [node.identifier, node.url]));
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.type !== 'image' && node.type !== 'imageReference') continue;
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
    const at = { file: entry.file, line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 };
    if (url && !NOT_RELATIVE.test(url) && !existsSync(resolve(dirname(entry.absPath), decodeURI(url)))) {
      const message = missingImageMessage(dirname(entry.absPath), decodeURI(url)).replace('找不到图片文件', '找不到正文中的图片');
      diagnostics.push({ ...at, severity: 'error', message, hint: '把图片放到写明的位置，或改正路径，例如 ./photos/01.jpg' });
    }
    const alt = node.alt ?? '';
    if (isWeakAlt(alt)) {
      diagnostics.push({ ...at, severity: 'warning', message: alt.trim() ? `正文图片的替代文字「${alt}」没有说明图片内容` : '正文图片没有替代文字（方括号里是空的）', hint: WEAK_ALT_HINT });
    }
  }
  return diagnostics;
}
