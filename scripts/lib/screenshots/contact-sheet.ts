/**
 * The contact sheet of `npm run screenshots`: one row per page type, one column per width and
 * mode, each thumbnail a link to the full-page image, with the phone header's height noted.
 */
import { escapeUTF8 as escapeHTML } from 'entities';
import type { ShotPage } from './pages.ts';

export interface Shot {
  page: ShotPage;
  width: number;
  mode: string;
  /** File name inside the output folder. */
  file: string;
  /** Height of the site header in CSS pixels. */
  headerHeight: number;
  /** Height of the whole page in CSS pixels. */
  pageHeight: number;
}

export function contactSheet(shots: Shot[], meta: { dir: string; date: string }): string {
  const columns = [...new Set(shots.map((shot) => `${shot.width}|${shot.mode}`))];
  const pages = [...new Map(shots.map((shot) => [shot.page.name, shot.page])).values()];
  const cell = (page: ShotPage, column: string) => {
    const shot = shots.find((s) => s.page.name === page.name && `${s.width}|${s.mode}` === column);
    if (!shot) return '<td></td>';
    const note = `页眉 ${Math.round(shot.headerHeight)} px · 全页 ${Math.round(shot.pageHeight)} px`;
    return `<td><a href="${escapeHTML(shot.file)}"><img src="${escapeHTML(shot.file)}" alt="" loading="lazy" width="${shot.width < 600 ? 130 : 256}"></a><br><small>${note}</small></td>`;
  };
  const head = columns.map((column) => {
    const [width, mode] = column.split('|');
    return `<th scope="col">${width} px · ${escapeHTML(mode!)}</th>`;
  });
  const rows = pages.map(
    (page) => `<tr><th scope="row">${escapeHTML(page.label)}<br><code>/${escapeHTML(page.path)}</code></th>${columns.map((column) => cell(page, column)).join('')}</tr>`,
  );
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面截图</title>
<style>
body { font-family: "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 1rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.4rem; vertical-align: top; text-align: left; }
td img { display: block; max-height: 420px; object-fit: cover; object-position: top; border: 1px solid #eee; }
thead th { position: sticky; top: 0; background: #fff; }
</style></head>
<body><h1>页面截图</h1><p>${escapeHTML(meta.dir)} · ${escapeHTML(meta.date)}。点击缩略图看整页。</p>
<table><thead><tr><th scope="col">页面</th>${head.join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>
`;
}
