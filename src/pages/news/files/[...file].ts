/** The news items' attachments, published at news/<path as written> (src/lib/attachments.ts checked them). */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/content.ts';
import { ATTACHMENT_FORMATS } from '../../../lib/attachments.ts';
import { CONTENT_DIR } from '../../../lib/settings.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const files = new Map(site.news.flatMap((item) => item.data.attachments.map(({ file }) => [file.path, file] as const)));
  return [...files.values()]
    .filter((file) => file.path.startsWith('files/'))
    .map((file) => ({ params: { file: file.path.slice('files/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: { path: string; format: keyof typeof ATTACHMENT_FORMATS } };
  return new Response(await readFile(`${CONTENT_DIR}/news/${file.path}`), { headers: { 'content-type': ATTACHMENT_FORMATS[file.format].type } });
};
