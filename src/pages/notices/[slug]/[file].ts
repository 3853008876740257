/** A notice's list (its candidates or the units it concerns) as list.csv and list.xlsx beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/content.ts';
import { listCsv, listXlsx, noticeHasList, noticeListRows, XLSX_TYPE } from '../../../lib/honors/list-files.ts';
import { csvResponse } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.notices.filter(noticeHasList).flatMap((notice) => ['list.csv', 'list.xlsx'].map((file) => ({ params: { slug: notice.slug, file }, props: { rows: noticeListRows(notice, site), title: notice.data.title, day: notice.data.published } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { rows, title, day } = props as { rows: string[][]; title: string; day: string };
  if (params.file === 'list.csv') return csvResponse(listCsv(rows));
  return new Response(await listXlsx(rows, title, day), { headers: { 'content-type': XLSX_TYPE } });
};
