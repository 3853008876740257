/**
 * A batch's or a notice's list as the files offices attach: CSV (UTF-8 with BOM, CRLF, formula
 * cells defused, as the open data) and XLSX (exceljs: one sheet, a bold frozen header). Both are
 * byte-identical from one build to the next: the workbook's dates are the decision's, and the zip
 * entries carry that date too (exceljs would stamp the build's clock on them).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Batch, Notice, SiteModel } from '../model.ts';
import { refSlug } from '../model.ts';
import { toCsv } from '../open-data.ts';
import { LIST_COLUMNS, listRows, type ListRowInput } from './lists.ts';
import { titleOf } from './validate.ts';

/** The rows of a batch's list: its members, under the names they had on the decision's day. */
export function batchListRows(batch: Batch): string[][] {
  return listRows(
    batch.members.map(({ unit, honor }): ListRowInput => ({
      unit: unit.data,
      title: honor.title,
      term: honor.term,
      rank: honor.titleRank,
      day: honor.named || undefined,
      body: batch.body.data,
    })),
  );
}

/** 「2009年度山西省直机关精神文明建设委员会命名名单（本站收录8个）」 */
export function batchListName(batch: Batch): string {
  const units = new Set(batch.members.map(({ unit }) => unit.slug)).size;
  return `${batch.term ?? `${batch.year}年`}${batch.body.data.name}命名名单（本站收录${units}个）`;
}

/**
 * The rows of a notice's list: its candidates (a unit here under its current name, a `name` row
 * as written with its place) under the proposal's title and term, or the units it concerns.
 */
export function noticeListRows(notice: Notice, site: Pick<SiteModel, 'index'>): string[][] {
  const proposal = notice.data.proposal;
  const body = proposal ? site.index.bodies.get(refSlug(proposal.body)) : undefined;
  const rank = body && proposal ? titleOf(body.data, proposal.title)?.rank : undefined;
  const units = [
    ...notice.data.candidates.flatMap((candidate) => (candidate.unit ? [refSlug(candidate.unit)] : [])),
    ...notice.data.units.map(refSlug),
  ];
  const rows: ListRowInput[] = [...new Set(units)].flatMap((slug) => {
    const unit = site.index.units.get(slug);
    return unit ? [{ unit: unit.data, title: proposal?.title ?? '', term: proposal?.term, rank, body: body?.data }] : [];
  });
  for (const candidate of notice.data.candidates) {
    if (!candidate.name) continue;
    const place = candidate.place ?? '';
    rows.push({ unit: { name: candidate.name, formerNames: [], region: place ? [place] : [], sector: place }, title: proposal?.title ?? '', term: proposal?.term, rank, body: body?.data });
  }
  return listRows(rows);
}

/** Whether a notice has a list to download: candidates or units concerned. */
export const noticeHasList = (notice: Notice) => notice.data.candidates.some((candidate) => !candidate.figure) || notice.data.units.length > 0;

export const listCsv = (rows: string[][]): string => toCsv([...LIST_COLUMNS], rows);

/** An XLSX workbook of the list, dated `day` (YYYY-MM-DD) throughout so rebuilds are identical. */
export async function listXlsx(rows: string[][], sheetName: string, day: string): Promise<ArrayBuffer> {
  const date = new Date(`${day}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.created = date;
  workbook.modified = date;
  workbook.creator = '';
  // Excel refuses * ? : \ / [ ] in a sheet name and more than 31 characters; a title may have either.
  const safeName = sheetName.replace(/[*?:\\/[\]]/g, ' ').replace(/^'|'$/g, '').trim().slice(0, 31) || '名单';
  const sheet = workbook.addWorksheet(safeName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LIST_COLUMNS.map((header, index) => ({ header, key: String(index), width: [6, 40, 18, 34, 14][index] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([Number(row[0]), ...row.slice(1)]);
  const written = await workbook.xlsx.writeBuffer();
  // Re-pack with every entry dated `day`: exceljs's zip stamps each entry with the current time.
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  for (const file of Object.values(zip.files)) file.date = date;
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
