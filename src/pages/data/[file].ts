/**
 * The open data downloads (src/lib/open-data-files.ts), one file per name in openDataFiles(), the
 * list the statistics page links to.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, settings } from '../../lib/content.ts';
import { openDataFiles, openDataResponse } from '../../lib/open-data-files.ts';

export const getStaticPaths = (() => openDataFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => openDataResponse(await getSite(), settings.siteUrl, params.file!);
