/**
 * Site settings: one file, content/settings.yaml, validated once (by astro.config.mjs before
 * anything is built, and by `npm run check`). SITE_URL and BASE_PATH in the environment
 * override siteUrl and basePath for one build.
 */
import { z } from 'astro/zod';
import { messages } from '../messages/index.ts';
import { contentTypes, type TypeSettings } from '../registry/index.ts';
import { strict, text, url } from './shared.ts';

/**
 * The blocks that belong to content types, each under its type's name (`news:` …), documented
 * in the type's schema module (src/registry/ names it); each fills in its defaults when absent.
 */
const typeBlocks = () => Object.fromEntries(contentTypes().flatMap((type) => (type.settings ? [[type.name, type.settings as z.ZodType]] : [])));

export const settingsSchema = strict({
  /** The site's name, in the header, titles and share images. @example 榜样·山西省直文明网 */
  siteName: text('网站名称 siteName'),
  /** The office that publishes it. @example 山西省直机关精神文明建设委员会办公室 */
  officeName: text('主办单位 officeName'),
  /** One sentence under the name on the home page. */
  tagline: z.string().trim().default(''),
  /** The canonical origin, without a path. @example https://wmb.example.gov.cn */
  siteUrl: url,
  /** The sub-path the site is served under, `/` for a domain root. @example /wenming/ */
  basePath: z.string().regex(/^\/([A-Za-z0-9._-]+\/)*$/, { error: messages.schema.settings.basePath }).default('/'),
  /** Header navigation; `href` is relative to the site root. */
  nav: z.array(strict({ label: text('导航名称 label'), href: z.string().regex(/^\/[^\s]*$/, { error: messages.schema.settings.navHref }) })).min(1),
  /** Footer contacts and the registration numbers a Chinese government site must show. */
  footer: strict({
    address: z.string().trim().optional(),
    phone: z.string().trim().optional(),
    email: z.string().trim().optional(),
    /** ICP 备案号. @example 晋ICP备00000000号 */
    icp: text('ICP 备案号 footer.icp'),
    /** 公安备案号. @example 晋公网安备 14010000000000号 */
    psb: text('公安备案号 footer.psb'),
    /** 网站标识码 (government sites). */
    siteCode: z.string().trim().optional(),
  }),
  /** True when the content is demonstration data; every page then says so. */
  demo: z.boolean().default(false),
  /**
   * Photo formats. Every photo is published as WebP at the shared widths with one JPEG fallback.
   * `avif: true` adds AVIF sources as well: about a third fewer bytes than WebP, but about four
   * times the encoding time, which a cold build pays for every photo (BENCHMARKS.md, 规模).
   */
  images: strict({ avif: z.boolean().default(false) }).default({ avif: false }),
  ...(typeBlocks() as {}),
});
export type SiteSettings = z.output<typeof settingsSchema> & TypeSettings;

/** The content types' blocks with nothing written: what a schema sees without a settings file. */
export const defaultTypeSettings = (): TypeSettings => typeSettingsOf({});

/** The content types' blocks of a settings file as read (`raw`), defaults filled in; a block that is not valid gives its defaults (the settings check reports it). */
export function typeSettingsOf(raw: unknown): TypeSettings {
  const written = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(typeBlocks()).map(([name, schema]) => {
      const parsed = schema.safeParse(written[name]);
      return [name, parsed.success ? parsed.data : schema.parse(undefined)];
    }),
  ) as TypeSettings;
}
