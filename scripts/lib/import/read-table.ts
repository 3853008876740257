/**
 * Reads a naming list into rows of text cells, with the row numbers a spreadsheet shows.
 * CSV may be UTF-8, UTF-8 with BOM, or GBK (as Excel saves it on a Chinese Windows): jschardet
 * tells which, iconv-lite decodes it (GBK as GB18030, its superset).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import Papa from 'papaparse';
import { fail } from '../cli.ts';

export interface TableRow {
  /** The row number the editor sees in the spreadsheet (1 = header). */
  rowNumber: number;
  cells: string[];
}

export type HeaderTest = (cells: readonly string[]) => boolean;

export interface Table {
  headers: string[];
  headerRow: number;
  rows: TableRow[];
  /** Rows that could not be read at all (e.g. an unclosed quote). */
  problems: { rowNumber: number; message: string }[];
  /** How the file was decoded, for the report. */
  encoding: string;
}

/**
 * `isHeader` tells the header row: lists often open with a title row (“2024年度文明单位名单”)
 * above it, which is skipped. Without a row it accepts, the first non-empty row is the header.
 */
export async function readTable(absPath: string, isHeader: HeaderTest): Promise<Table> {
  if (/\.xlsx$/i.test(absPath)) return readXlsx(absPath, isHeader);
  if (/\.(csv|txt)$/i.test(absPath)) return readCsv(readFileSync(absPath), isHeader);
  fail(`只支持 .csv 和 .xlsx 文件（现在是 ${absPath}）。旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV`);
}

/** The encodings a naming list comes in, by jschardet's name: iconv-lite codec and the name shown to the editor. */
const ENCODINGS: Record<string, { codec: string; label: string }> = {
  'utf-8-sig': { codec: 'utf8', label: 'UTF-8（带 BOM）' },
  'utf-8': { codec: 'utf8', label: 'UTF-8' },
  // Only ASCII bytes: UTF-8 reads them the same.
  ascii: { codec: 'utf8', label: 'UTF-8' },
  gb18030: { codec: 'gb18030', label: 'GBK' },
  gbk: { codec: 'gb18030', label: 'GBK' },
  gb2312: { codec: 'gb18030', label: 'GBK' },
};

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const detected = jschardet.detect(Buffer.from(bytes)).encoding ?? '';
  const encoding = ENCODINGS[detected.toLowerCase()];
  if (!encoding) {
    fail(`无法确定文件的编码（看起来像 ${detected || '二进制文件'}）。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新导入`);
  }
  // iconv-lite drops a byte-order mark while decoding UTF-8.
  return { text: iconv.decode(Buffer.from(bytes), encoding.codec), encoding: encoding.label };
}

export function readCsv(bytes: Uint8Array, isHeader: HeaderTest): Table {
  const { text, encoding } = decodeText(bytes);
  // No skipEmptyLines: keeping blank lines keeps each record's index equal to its row number.
  const parsed = Papa.parse<string[]>(text, { header: false, delimitersToGuess: [',', '\t', ';', '，'] });
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ rowNumber: (error.row ?? 0) + 1, message: csvMessage(error.code, error.message) }));
  const records = parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((cell) => String(cell ?? '').trim()) }));
  return { ...splitHeader(records, isHeader), problems, encoding };
}

function csvMessage(code: string, message: string): string {
  if (code === 'MissingQuotes' || code === 'InvalidQuotes') return '引号没有配对：单元格里的英文双引号要成对出现，整格用引号包起来时内部的引号要写两次（""）';
  return `无法读取这一行（${message}）`;
}

async function readXlsx(absPath: string, isHeader: HeaderTest): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(absPath);
  } catch (error) {
    fail(`无法打开 Excel 文件 ${absPath}：${(error as Error).message}。请确认它是 .xlsx 格式且没有加密`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) fail(`${absPath} 里没有工作表`);
  const records: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    records.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return { ...splitHeader(records, isHeader), problems: [], encoding: 'Excel' };
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

/** Blank rows are dropped; rows above the header (titles) are skipped. */
function splitHeader(records: TableRow[], isHeader: HeaderTest): Pick<Table, 'headers' | 'headerRow' | 'rows'> {
  const filled = records.filter((record) => record.cells.some((cell) => cell !== ''));
  const at = Math.max(0, filled.findIndex((record) => isHeader(record.cells)));
  const header = filled[at];
  return { headers: header?.cells ?? [], headerRow: header?.rowNumber ?? 1, rows: filled.slice(at + 1) };
}
