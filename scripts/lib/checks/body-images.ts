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
import { isWeakAlt } from './editorial.ts';
import { caseVariantOf } from '../schemas.ts';
import { messages } from '../../../src/messages/index.ts';

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
    return [{ file: entry.file, line: Number(line), col: Number(col), severity: 'error', ...messages.check.body.unparsable(reason) }];
  }
  const nodes = [...walk(tree)];
  const definitions = new Map(nodes.filter((node) => node.type === 'definition').map((node) => [node.identifier, node.url]));
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.type !== 'image' && node.type !== 'imageReference') continue;
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
    const at = { file: entry.file, line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 };
    if (url && !NOT_RELATIVE.test(url) && !existsSync(resolve(dirname(entry.absPath), decodeURI(url)))) {
      const written = decodeURI(url);
      diagnostics.push({ ...at, severity: 'error', ...messages.check.body.missingImage(written, caseVariantOf(dirname(entry.absPath), written)) });
    }
    const alt = node.alt ?? '';
    if (isWeakAlt(alt)) {
      diagnostics.push({ ...at, severity: 'warning', ...messages.check.weakAlt.body(alt) });
    }
  }
  return diagnostics;
}
