/**
 * An exhibition's photo list kept in a spreadsheet: content/exhibitions/<slug>/photos.csv, one
 * row per photo under a header row of photo field names. The rows become the same objects the
 * frontmatter `photos:` list would hold, so the one photo schema judges both; this module only
 * reads the table and remembers where each cell was, so that errors point at the row and column.
 */
import Papa from 'papaparse';
import { PHOTO_LIST_FIELDS } from '../schemas/exhibitions.ts';

/** The file name beside index.md. */
export const PHOTO_LIST_FILE = 'photos.csv';

/** Spreadsheet users write lists in one cell; Chinese and ASCII semicolons and 、 all separate. */
const LIST_SEPARATOR = /[；;、]/;

export interface PhotoListProblem {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column (the spreadsheet's column number). */
  col: number;
  message: string;
  hint: string;
}

export interface PhotoList {
  /** One object per row, blank cells left out, list cells split. */
  photos: Record<string, string | string[]>[];
  /** Problems reading the table itself; the schema judges the values. */
  problems: PhotoListProblem[];
  /** Where a field of `photos` (e.g. [3, 'title']) is written; the header row for the list itself. */
  locate: (path: readonly PropertyKey[]) => { line: number; col: number };
}

/** Reads a photos.csv text (UTF-8, with or without a byte-order mark). */
export function parsePhotoList(text: string): PhotoList {
  // One kind of line break, so that a file saved with mixed endings still splits into its rows.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: { cells: string[]; line: number }[] = [];
  const problems: PhotoListProblem[] = [];
  let rowStart = 0;
  let scanned = 0;
  let lineAtScanned = 1;
  const lineAt = (offset: number) => {
    for (; scanned < offset; scanned++) if (source[scanned] === '\n') lineAtScanned++;
    return lineAtScanned;
  };
  Papa.parse<string[]>(source, {
    // Not guessed: a one-column file has nothing to guess from, and ; separates items in a cell.
    delimiter: ',',
    step: (result) => {
      // A row starts after the previous one's line break; quoted cells may span several lines.
      let start = rowStart;
      while (source[start] === '\n') start++;
      rowStart = result.meta.cursor;
      const line = lineAt(start);
      // Blank lines, and rows a spreadsheet left as nothing but commas, hold no photo.
      if (result.data.every((cell) => !cell.trim())) return;
      rows.push({ cells: result.data, line });
      for (const error of result.errors) {
        problems.push({ line, col: 1, message: `这一行无法读取：${csvErrorMessage(error.code)}`, hint: CSV_HINT });
      }
    },
  });

  const [head, ...body] = rows;
  const header = (head?.cells ?? []).map((name) => name.trim());
  if (!head) problems.push({ line: 1, col: 1, message: `${PHOTO_LIST_FILE} 是空的`, hint: CSV_HINT });

  const photos = body.map(({ cells, line }) => {
    if (cells.length > header.length) {
      problems.push({ line, col: header.length + 1, message: `这一行有 ${cells.length} 列，比标题行多 ${cells.length - header.length} 列`, hint: CSV_HINT });
    }
    const photo: Record<string, string | string[]> = {};
    header.forEach((name, index) => {
      const value = cells[index]?.trim();
      if (!value) return;
      // A column left without a name is harmless while it is empty (spreadsheets export a few).
      if (!name) {
        problems.push({ line, col: index + 1, message: `第 ${index + 1} 列有内容，但标题行的这一列没有字段名`, hint: CSV_HINT });
        return;
      }
      photo[name] = (PHOTO_LIST_FIELDS as readonly string[]).includes(name) ? splitList(value) : value;
    });
    return photo;
  });

  return {
    photos,
    problems,
    locate: ([index, field]) => {
      // Paths come as [3, 'title'] from the schema and as ['3', 'title'] from dotted field names.
      const row = body[Number(index)];
      if (!row) return { line: head?.line ?? 1, col: 1 };
      const col = typeof field === 'string' ? header.indexOf(field) + 1 : 0;
      return { line: row.line, col: Math.max(col, 1) };
    },
  };
}

/** How a place in the photo list reads in a message, e.g. “photos.csv 第 5 行第 3 列（title）”. */
export function describePhotoListPlace(list: PhotoList, path: readonly PropertyKey[]): string {
  const { line, col } = list.locate(path);
  const field = typeof path[1] === 'string' ? `（${path[1]}）` : '';
  return `${PHOTO_LIST_FILE} 第 ${line} 行第 ${col} 列${field}`;
}

/** Said when an exhibition lists photos both ways; `entryFile` is its index.md. */
export function bothPhotoListsMessage(entryFile: string, listFile: string): string {
  return `${entryFile} 写了 photos 字段，旁边又有 ${listFile}：图片列表只能放在其中一处。请删除 index.md 里的 photos 字段（改用表格），或删除 ${PHOTO_LIST_FILE}`;
}

export const CSV_HINT = `${PHOTO_LIST_FILE} 第一行是字段名（id、file、title……），以下每行一张图片；在表格软件里另存为「CSV UTF-8（逗号分隔）」，含逗号或换行的单元格会自动加引号`;

function splitList(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function csvErrorMessage(code: string): string {
  const known: Record<string, string> = {
    MissingQuotes: '引号没有配对',
    InvalidQuotes: '引号用法不对（单元格里的引号要写成两个 ""）',
    TooFewFields: '列数比标题行少',
    TooManyFields: '列数比标题行多',
  };
  return known[code] ?? code;
}
