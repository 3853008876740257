/**
 * A naming batch's list as offices attach it (序号, 单位名称, 地区/系统, 称号, 届次): list.csv and
 * list.xlsx beside the batch page (src/lib/honors/list-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../lib/content.ts';
import { batchListName, batchListRows, listCsv, listXlsx, XLSX_TYPE } from '../../../../lib/honors/list-files.ts';
import { csvResponse } from '../../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.batches.flatMap((batch) => ['list.csv', 'list.xlsx'].map((file) => ({ params: { batch: batch.slug, file }, props: { batch } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { batch } = props as { batch: Awaited<ReturnType<typeof getSite>>['batches'][number] };
  const rows = batchListRows(batch);
  if (params.file === 'list.csv') return csvResponse(listCsv(rows));
  return new Response(await listXlsx(rows, batchListName(batch), batch.date || `${batch.year}-12-31`), { headers: { 'content-type': XLSX_TYPE } });
};
