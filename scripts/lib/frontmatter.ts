/**
 * Frontmatter read twice, for two purposes: gray-matter (js-yaml, the parser Astro uses) gives the
 * data the schemas see; the `yaml` package gives each node's position, so that a schema issue
 * path such as `honors.0.level` becomes a line and column in the file.
 */
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { positionAt, type Diagnostic } from './diagnostics.ts';

const FENCE = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)\r?\n?^---[ \t]*$\r?\n?/m;

export interface ParsedSource {
  /** The frontmatter as the site sees it. */
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** Finds where a field is written; falls back to the nearest written parent. */
  locate: (path: readonly PropertyKey[], options?: { atKey?: boolean }) => { line: number; col: number };
}

export class FrontmatterError extends Error {
  readonly line: number;
  readonly col: number;
  constructor(message: string, line: number, col: number) {
    super(message);
    this.line = line;
    this.col = col;
  }
}

/** A file whose YAML cannot be read, as a diagnostic with the usual causes as the hint. */
export function yamlErrorDiagnostic(file: string, error: FrontmatterError): Diagnostic {
  return {
    file,
    line: error.line,
    col: error.col,
    severity: 'error',
    message: error.message,
    hint: '对照同类的其他文件修正格式：字段名后是英文冒号加空格，缩进用空格，同一层的字段左端对齐',
  };
}

/**
 * Parses a Markdown source (`---` fenced frontmatter) or, with `wholeFileIsYaml`, a YAML file.
 * Throws FrontmatterError with a position when the YAML cannot be read.
 */
export function parseSource(source: string, { wholeFileIsYaml = false } = {}): ParsedSource {
  const span = wholeFileIsYaml ? { start: 0, end: source.length } : frontmatterSpan(source);
  const yamlText = source.slice(span.start, span.end);
  const yamlOffset = span.start;
  const body = wholeFileIsYaml ? '' : source.slice(source.indexOf('\n', span.end + 1) + 1 || source.length);
  let data: unknown;
  let unreadable: unknown;
  try {
    // gray-matter caches by content; `{}` as options turns the cache off so edits are re-read.
    data = wholeFileIsYaml ? jsYaml.load(source) : matter(source, {}).data;
  } catch (error) {
    unreadable = error;
  }
  // The position-keeping parse is slow (a few ms a file, most of a city-scale check), so it runs
  // only when a position is asked for or something looks wrong: js-yaml refused the text, the
  // field area is not a set of fields (`name：测试` alone reads as one string), a field name is
  // not a plain word (two lines read as one key), or a line starts like `name：`.
  let doc: Document | undefined;
  const document = () => (doc ??= parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true }));
  const plainFields = data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data) && Object.keys(data).every((key) => /^[A-Za-z][\w-]*$/.test(key)));
  if (unreadable !== undefined || !plainFields || CHINESE_COLON_KEY.test(yamlText)) {
    const firstError = document().errors[0];
    if (firstError || (document().contents !== null && !isMap(document().contents))) {
      const problem = explainYamlError(yamlText, firstError);
      const { line, col } = positionAt(source, yamlOffset + problem.offset);
      throw new FrontmatterError(`YAML 格式错误：${problem.message}`, line, col);
    }
    if (unreadable !== undefined) {
      const mark = (unreadable as { mark?: { line: number; column: number } }).mark;
      const line = mark ? mark.line + (wholeFileIsYaml ? 0 : 1) + 1 : 1;
      throw new FrontmatterError(`YAML 格式错误：${(unreadable as Error).message.split('\n')[0]}`, line, mark ? mark.column + 1 : 1);
    }
  }
  return {
    data: (data && typeof data === 'object' ? data : {}) as Record<string, unknown>,
    body,
    locate: (path, options) => {
      const offset = offsetOf(document(), path, options?.atKey ?? false);
      return positionAt(source, yamlOffset + offset);
    },
  };
}

/** Where the YAML between the `---` fences starts and ends. */
export function frontmatterSpan(source: string): { start: number; end: number } {
  const fence = FENCE.exec(source);
  if (!fence || fence.index !== 0) throw new FrontmatterError('文件开头缺少 --- 包起来的字段区（frontmatter）', 1, 1);
  return { start: fence[1]!.length, end: fence[1]!.length + fence[2]!.length };
}

/** `name：测试`: a field name followed by a full-width colon (a Chinese input method's colon). */
const CHINESE_COLON_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*)[ \t]*：/m;

/**
 * What is wrong, said as what the editor typed: a Chinese colon after a field name, a bracket or
 * quote that is never closed, one closed too often; otherwise the parser's error in Chinese.
 */
function explainYamlError(yamlText: string, error: YAMLError | undefined): { message: string; offset: number } {
  const colon = CHINESE_COLON_KEY.exec(yamlText);
  if (colon) {
    const key = colon[2]!;
    return { message: `字段名「${key}」后面是中文冒号「：」，要用英文冒号加一个空格，写成「${key}: 」`, offset: colon.index + colon[1]!.length };
  }
  if (!error) return { message: '文件开头的字段区不是「字段名: 值」的写法', offset: 0 };
  const opener = unclosedOpener(yamlText);
  if (opener && /end with a [\]}]|Missing closing .?quote/.test(error.message)) {
    const messages: Record<string, string> = {
      '[': '方括号「[」没有配对的「]」：列表写在一行里，以「]」结束，例如 region: [山西省, 太原市]',
      '{': '花括号「{」没有配对的「}」：写在一行里，以「}」结束，例如 { label: 电话, value: 0351-1234567 }',
      '"': '双引号「"」没有配对：以引号开头的文字，结尾也要有同样的引号',
      "'": "单引号「'」没有配对：以引号开头的文字，结尾也要有同样的引号",
    };
    return { message: messages[opener.char]!, offset: opener.offset };
  }
  const extra = /flow-(seq|map)-end token/.exec(error.message);
  if (extra) return { message: `多了一个「${extra[1] === 'seq' ? ']' : '}'}」：删掉它，或补上与它配对的「${extra[1] === 'seq' ? '[' : '{'}」`, offset: error.pos[0] };
  return { message: yamlMessage(error.code, error.message), offset: error.pos[0] };
}

/**
 * The bracket or quote opened last and never closed, outside comments. A quote opens only where
 * a YAML value can start with one (after `: `, `- `, `[`, `{`, `,`); inside a value it is a character.
 */
function unclosedOpener(yamlText: string): { char: string; offset: number } | undefined {
  const open: { char: string; offset: number }[] = [];
  let quote: { char: string; offset: number } | undefined;
  for (let i = 0; i < yamlText.length; i++) {
    const char = yamlText[i]!;
    if (quote) {
      if (char === quote.char && !(char === "'" && yamlText[i + 1] === "'") && !(char === '"' && yamlText[i - 1] === '\\')) quote = undefined;
      else if (char === "'" && yamlText[i + 1] === "'") i++;
      continue;
    }
    if (char === '#' && (i === 0 || /\s/.test(yamlText[i - 1]!))) {
      const end = yamlText.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((char === '"' || char === "'") && /(^|[:\-[{,]\s*|^\s*)$/.test(yamlText.slice(yamlText.lastIndexOf('\n', i - 1) + 1, i))) {
      quote = { char, offset: i };
    } else if (char === '[' || char === '{') {
      open.push({ char, offset: i });
    } else if (char === ']' || char === '}') {
      open.pop();
    }
  }
  return quote ?? open.at(-1);
}

function yamlMessage(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次，请删除其中一个',
    BAD_INDENT: '缩进不对，同一层的字段要对齐（用空格，不要用 Tab）',
    TAB_AS_INDENT: '缩进里有 Tab，请改成空格',
    MISSING_CHAR: '缺少配对的引号或括号',
    BLOCK_AS_IMPLICIT_KEY: '冒号后面要有一个空格，或者缩进不对',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能是冒号后面缺了空格或缩进不对',
  };
  return known[code] ?? message.split('\n')[0]!;
}

/** Offset of the node at `path` (its key when `atKey`), or of the nearest ancestor written. */
function offsetOf(doc: Document, path: readonly PropertyKey[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      offset = (last && atKey) || !value?.range ? (key.range?.[0] ?? offset) : value.range[0];
      node = value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item?.range) return offset;
      offset = item.range[0];
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
