/**
 * Reads a naming list into rows of text cells, with the row numbers a spreadsheet shows.
 * CSV may be UTF-8, UTF-8 with BOM, or GBK (as Excel saves it on a Chinese Windows), see
 * ../encoding.ts.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { fail } from '../cli.ts';
import { decode, detectEncoding } from '../encoding.ts';

export interface TableRow {
  /** The row number the editor sees in the spreadsheet (1 = header). */
  rowNumber: number;
  cells: string[];
}

/** How the header is recognised: by the column names the import knows (./columns.ts). */
export interface HeaderNames {
  /** Whether a cell is a column name the import knows (or ignores, like 序号). */
  isColumnName: (cell: string) => boolean;
  /** Whether a row can be the header: it names the unit column. */
  isHeader: (cells: readonly string[]) => boolean;
}

export interface Table {
  headers: string[];
  /** The header's row number (its lower row when the header takes two). */
  headerRow: number;
  /** `2` or `2–3` for a two-row header, for the report. */
  headerRows: string;
  rows: TableRow[];
  /** Rows that could not be read at all (e.g. an unclosed quote). */
  problems: { rowNumber: number; message: string }[];
  /** How the file was decoded, for the report. */
  encoding: string;
  /** For a workbook: the sheet read, and all the sheets' names. */
  sheet?: { name: string; names: string[] } | undefined;
}

/**
 * Lists often open with a title row (“2024年度文明单位名单”) above the header, which is skipped,
 * and some have a header of two rows (a group such as 荣誉情况 over 称号, 级别, 年度), which are
 * read as one. Without a row that names the unit column, the first non-empty row is the header.
 * `sheet` picks a workbook's sheet by name or number; by default the first sheet with a header.
 */
export async function readTable(absPath: string, names: HeaderNames, sheet?: string): Promise<Table> {
  if (/\.xlsx$/i.test(absPath)) return readXlsx(absPath, names, sheet);
  if (sheet !== undefined) fail('--sheet 只用于 Excel 文件（.xlsx）；CSV 文件只有一张表');
  if (/\.(csv|txt)$/i.test(absPath)) return readCsv(readFileSync(absPath), names);
  fail(`只支持 .csv 和 .xlsx 文件（现在是 ${absPath}）。旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV`);
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const encoding = detectEncoding(bytes);
  if (!('codec' in encoding)) {
    fail(`无法确定文件的编码（看起来像 ${encoding.guess || '二进制文件'}）。请在 Excel 中「另存为 → CSV UTF-8（逗号分隔）」后重新导入`);
  }
  // iconv-lite drops a byte-order mark while decoding UTF-8.
  return { text: decode(bytes, encoding.codec), encoding: encoding.label };
}

export function readCsv(bytes: Uint8Array, names: HeaderNames): Table {
  const { text, encoding } = decodeText(bytes);
  // No skipEmptyLines: keeping blank lines keeps each record's index equal to its row number.
  const parsed = Papa.parse<string[]>(text, { header: false, delimitersToGuess: [',', '\t', ';', '，'] });
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ rowNumber: (error.row ?? 0) + 1, message: csvMessage(error.code, error.message) }));
  const records = parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((cell) => String(cell ?? '').trim()) }));
  return { ...splitHeader(records, names), problems, encoding };
}

function csvMessage(code: string, message: string): string {
  if (code === 'MissingQuotes' || code === 'InvalidQuotes') return '引号没有配对：单元格里的英文双引号要成对出现，整格用引号包起来时内部的引号要写两次（""）';
  return `无法读取这一行（${message}）`;
}

async function readXlsx(absPath: string, names: HeaderNames, wanted: string | undefined): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(absPath);
  } catch (error) {
    fail(`无法打开 Excel 文件 ${absPath}：${(error as Error).message}。请确认它是 .xlsx 格式且没有加密`);
  }
  const sheets = workbook.worksheets;
  const sheetNames = sheets.map((sheet) => sheet.name);
  const listed = sheetNames.map((name, i) => `${i + 1}.「${name}」`).join('、');
  if (sheets.length === 0) fail(`${absPath} 里没有工作表`);
  const records = (sheet: ExcelJS.Worksheet) => {
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      // A merged cell reads as its first cell's value in every cell it covers (ExcelJS).
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell);
      });
      rows.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
    });
    return rows;
  };
  let sheet: ExcelJS.Worksheet | undefined;
  if (wanted !== undefined) {
    const byNumber = /^\d+$/.test(wanted.trim()) ? sheets[Number(wanted) - 1] : undefined;
    sheet = sheets.find((candidate) => candidate.name.trim() === wanted.trim()) ?? byNumber;
    if (!sheet) fail(`--sheet：没有工作表「${wanted}」。这个文件的工作表：${listed}（写名称或序号）`);
    if (!records(sheet).some((record) => names.isHeader(record.cells))) fail(`工作表「${sheet.name}」里没有找到表头：表头要有「单位名称」列。这个文件的工作表：${listed}`);
  } else {
    sheet = sheets.find((candidate) => records(candidate).some((record) => names.isHeader(record.cells)));
    if (!sheet) fail(`${absPath} 的工作表（${listed}）里都没有找到表头：表头要有「单位名称」列。用 --sheet 指定名单所在的工作表，或检查列名`);
  }
  return { ...splitHeader(records(sheet), names), problems: [], encoding: 'Excel', sheet: { name: sheet.name, names: sheetNames } };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'result' in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    if (result !== undefined && result !== null) return String(result).trim();
  }
  return (cell.text ?? '').trim();
}

/**
 * Blank rows are dropped; rows above the header (titles) are skipped. A row right under the header
 * whose every cell is a column name is the header's second row: where it names a column, its name
 * wins over the group label above it (a merged 荣誉情况 over 称号, 级别, 年度).
 */
function splitHeader(records: TableRow[], names: HeaderNames): Pick<Table, 'headers' | 'headerRow' | 'headerRows' | 'rows'> {
  const filled = records.filter((record) => record.cells.some((cell) => cell !== ''));
  const at = Math.max(0, filled.findIndex((record) => names.isHeader(record.cells)));
  const header = filled[at];
  if (!header) return { headers: [], headerRow: 1, headerRows: '1', rows: [] };
  const below = filled[at + 1];
  const twoRows = below !== undefined && below.cells.some((cell) => cell !== '') && below.cells.every((cell) => cell === '' || names.isColumnName(cell));
  if (!twoRows) return { headers: header.cells, headerRow: header.rowNumber, headerRows: String(header.rowNumber), rows: filled.slice(at + 1) };
  const width = Math.max(header.cells.length, below.cells.length);
  const headers = Array.from({ length: width }, (_, i) => {
    const lower = below.cells[i] ?? '';
    return lower && names.isColumnName(lower) ? lower : (header.cells[i] ?? '');
  });
  return { headers, headerRow: below.rowNumber, headerRows: `${header.rowNumber}–${below.rowNumber}`, rows: filled.slice(at + 2) };
}
