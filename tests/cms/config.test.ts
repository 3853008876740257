/**
 * The web form's configuration is the schemas, field for field: every field a schema declares
 * has a form field (with a Chinese label) and every form field a schema field, in every
 * collection the check knows, the batches and the settings. A new field, a renamed one or a new
 * content type without a form fails here, naming it.
 */
import type { Field } from '@sveltia/cms';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { configYaml, generatedFiles, adminPolicy, SVELTIA } from '../../src/cms/admin-page.ts';
import { packageStrings, ZH_CN_ADDITIONS, type Strings } from '../../src/cms/locale.ts';
import { FORMS } from '../../src/cms/collections.ts';
import { BODY_FIELD, backendOf, cmsConfig, gitHostOrigins, LOCAL_ONLY_REPO } from '../../src/cms/config.ts';
import { formField, formHelpers, isRemoved } from '../../src/cms/fields.ts';
import { adminDirectives, contentSecurityPolicy } from '../../src/lib/csp.ts';
import { adminSettings, settingsSchema, type SiteSettings } from '../../src/schemas/settings.ts';
import { contentTypes } from '../../src/registry/index.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { ROOT } from '../setup/paths.ts';

const settings = loadSettings(ROOT, {});
const config = cmsConfig(settings, { contentDir: 'content' });
type AnyCollection = { name: string; fields?: Field[]; files?: { fields: Field[] }[]; summary?: string; slug?: unknown };
const collections = config.collections as AnyCollection[];
const collection = (name: string) => collections.find((one) => one.name === name)!;
const fieldsOf = (one: AnyCollection) => one.fields ?? one.files![0]!.fields;

interface ZodDef {
  type: string;
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  out?: { _zod: { def: ZodDef } };
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  element?: { _zod: { def: ZodDef } };
}

/** Every field path a schema declares (`honors.history.status`), read straight off zod's definitions. */
function schemaPaths(schema: { _zod: { def: ZodDef } }, prefix = ''): string[] {
  const def = schema._zod.def;
  if (def.innerType) return schemaPaths(def.innerType, prefix);
  if (def.type === 'pipe') return [...new Set([...schemaPaths(def.in!, prefix), ...schemaPaths(def.out!, prefix)])];
  if (def.type === 'array') return schemaPaths(def.element!, prefix);
  if (def.type !== 'object') return [];
  // A removed field (only there to say what replaced it) has no form field.
  return Object.entries(def.shape!)
    .filter(([, field]) => !isRemoved(field))
    .flatMap(([name, field]) => [`${prefix}${name}`, ...schemaPaths(field, `${prefix}${name}.`)]);
}

/** Every field path of a form. */
function formPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const nested = (field as { fields?: Field[] }).fields;
    return [`${prefix}${field.name}`, ...(nested ? formPaths(nested, `${prefix}${field.name}.`) : [])];
  });
}

/** Every form field with its path. */
function walkFields(fields: readonly Field[], prefix = ''): [string, Field][] {
  return fields.flatMap((field) => {
    const nested = (field as { fields?: Field[] }).fields;
    return [[`${prefix}${field.name}`, field] as [string, Field], ...(nested ? walkFields(nested, `${prefix}${field.name}.`) : [])];
  });
}

/** What the form and the schema disagree on, in words a failing test prints. */
function mismatches(schema: z.ZodType, fields: readonly Field[], ignore: readonly string[] = []): string[] {
  const fromSchema = new Set(schemaPaths(schema as never));
  const fromForm = new Set(formPaths(fields).filter((path) => !ignore.includes(path)));
  return [
    ...[...fromSchema].filter((path) => !fromForm.has(path)).map((path) => `schema field ${path} has no form field`),
    ...[...fromForm].filter((path) => !fromSchema.has(path)).map((path) => `form field ${path} has no schema field`),
  ];
}

const SCHEMA_OF: Record<string, z.ZodType> = {
  ...Object.fromEntries(contentTypes().map((type) => [type.name, type.schema(formHelpers(settings))])),
  settings: settingsSchema,
};
/** The types whose entries have a Markdown body below the frontmatter. */
const WITH_BODY = contentTypes().filter((type) => type.files.layout !== 'data').map((type) => type.name as string);

describe('the generated form', () => {
  it('has a collection for every content type of the registry, in its order, then the settings', () => {
    expect(collections.map((one) => one.name)).toEqual([...contentTypes().map((type) => type.name), 'settings']);
    expect(Object.keys(FORMS).sort()).toEqual(contentTypes().map((type) => type.name).sort());
  });

  it.each(Object.keys(SCHEMA_OF))('%s: every schema field has a form field and every form field a schema field', (name) => {
    const ignore = WITH_BODY.includes(name) ? [BODY_FIELD] : [];
    expect(mismatches(SCHEMA_OF[name]!, fieldsOf(collection(name)), ignore)).toEqual([]);
  });

  it('catches a field without a form field and a form field without a schema field', () => {
    const schema = z.object({ name: z.string(), region: z.array(z.object({ city: z.string() })) });
    const fields: Field[] = [{ name: 'name', widget: 'string' }, { name: 'regions', widget: 'list', fields: [{ name: 'city', widget: 'string' }] }];
    expect(mismatches(schema, fields)).toEqual([
      'schema field region has no form field',
      'schema field region.city has no form field',
      'form field regions has no schema field',
      'form field regions.city has no schema field',
    ]);
  });

  it('labels every field in Chinese, from the schema', () => {
    const unlabelled = collections.flatMap((one) =>
      walkFields(fieldsOf(one))
        .filter(([, field]) => !/\p{Script=Han}/u.test(field.label ?? ''))
        .map(([path]) => `${one.name}: ${path}`),
    );
    expect(unlabelled).toEqual([]);
    expect(walkFields(fieldsOf(collection('units'))).find(([path]) => path === 'honors.history.status')?.[1]).toMatchObject({ label: '状态' });
  });

  it('turns enums into selects, references into relations found by name, dates into date pickers', () => {
    const units = new Map(walkFields(fieldsOf(collection('units'))));
    expect(units.get('honors.history.status')).toMatchObject({ widget: 'select', options: ['命名', '复查保留', '黄牌警告', '恢复', '摘牌', '撤销', '取消'] });
    // A decision's date may be a year or a month as the document gives it: text, not a date picker.
    expect(units.get('honors.history.date')).toMatchObject({ widget: 'string', required: false });
    expect(units.get('honors.history')).toMatchObject({ widget: 'list', min: 1, label_singular: '决定' });
    expect(units.get('honors.body')).toMatchObject({ widget: 'relation', collection: 'bodies', value_field: '{{slug}}' });
    expect(units.get('honors.level')).toBeUndefined();
    const notices = new Map(walkFields(fieldsOf(collection('notices'))));
    expect(notices.get('published')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(notices.get('issuer')).toMatchObject({ widget: 'string', default: 'office', required: false });
    expect(units.get('summary')).toMatchObject({ widget: 'text', maxlength: 120 });
    expect(units.get('cover.src')).toMatchObject({ widget: 'image', choose_url: false });
    expect(units.get('website')).toMatchObject({ required: false, pattern: ['/^https?:\\/\\//', '网址应以 http:// 或 https:// 开头'] });
    const figures = new Map(walkFields(fieldsOf(collection('figures'))));
    expect(figures.get('unit')).toMatchObject({ widget: 'relation', collection: 'units', value_field: '{{slug}}', display_fields: ['{{name}}'], required: false });
    expect(figures.get('unit')).toHaveProperty('search_fields', ['name', 'shortName']);
    expect(figures.get('consent.given')).toMatchObject({ widget: 'boolean' });
    expect(figures.get('draft')).toMatchObject({ widget: 'boolean', default: false, required: false, label: '草稿' });
    const lectures = new Map(walkFields(fieldsOf(collection('lectures'))));
    expect(lectures.get('figures')).toMatchObject({ widget: 'relation', collection: 'figures', multiple: true });
    expect(lectures.get('venueUnit')).toMatchObject({ widget: 'relation', collection: 'units', required: false });
    // office or a unit's file name: one text box, required.
    expect(lectures.get('organiser')).toMatchObject({ widget: 'string' });
    expect(lectures.get('organiser')).not.toHaveProperty('required');
    expect(lectures.get('host')).toBeUndefined();
  });

  it('gives each pattern the schema’s own message', () => {
    const exhibitions = new Map(walkFields(fieldsOf(collection('exhibitions'))));
    expect(exhibitions.get('photos.id')).toMatchObject({ pattern: ['/^[a-z0-9]+(?:-[a-z0-9]+)*$/', '只能用小写字母、数字和连字符，例如 shan-shui-hu'] });
    const lectures = new Map(walkFields(fieldsOf(collection('lectures'))));
    const video = lectures.get('video.src') as { pattern: [string, string] };
    expect(video.pattern[1]).toContain('/media/');
    const regex = new RegExp(video.pattern[0].slice(1, -1));
    expect(['/media/a.mp4', 'https://v.example.org/a', '/media/a.avi', 'a.mp4'].map((value) => regex.test(value))).toEqual([true, true, false, false]);
  });

  it('lets an exhibition leave its photos to photos.csv, and says so', () => {
    const photos = fieldsOf(collection('exhibitions')).find((field) => field.name === 'photos')!;
    expect(photos).toMatchObject({ required: false });
    expect(photos).not.toHaveProperty('min');
    expect((photos as { hint: string }).hint).toContain('photos.csv');
  });

  it('keeps pictures beside the entry: flat files beside the file, an exhibition in its photos/', () => {
    expect(collection('figures')).toMatchObject({ folder: 'content/figures', media_folder: '', public_folder: './' });
    expect(collection('exhibitions')).toMatchObject({ path: '{{slug}}/index', media_folder: 'photos', public_folder: './photos' });
    expect(collection('batches')).toMatchObject({ extension: 'yaml', format: 'yaml' });
    expect(collection('settings').files![0]).toMatchObject({ file: 'content/settings.yaml' });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('writes list summaries from fields that exist, a unit with its honor and drafts marked', () => {
    for (const one of collections.filter((c) => c.summary)) {
      const paths = new Set(formPaths(fieldsOf(one)));
      const tags = [...one.summary!.matchAll(/\{\{([\w.]+)/g)].map((match) => match[1]!.replace(/\.\d+(?=\.|$)/g, ''));
      expect(tags.filter((tag) => tag !== 'slug' && !paths.has(tag)), one.name).toEqual([]);
    }
    expect(collection('units').summary).toMatch(/^\{\{name\}\}.*\{\{honors\.0\.title\}\}/);
    expect(collection('units').summary).toContain("{{draft | ternary('（草稿）', '')}}");
    for (const [name, form] of Object.entries(FORMS)) {
      const items = new Map(walkFields(fieldsOf(collection(name))));
      for (const [path, template] of Object.entries(form.itemSummaries ?? {})) {
        const item = items.get(path) as { fields: Field[] } | undefined;
        expect(item, `${name}: ${path}`).toBeDefined();
        const names = new Set(item!.fields.map((field) => field.name));
        expect([...template.matchAll(/\{\{fields\.(\w+)/g)].map((match) => match[1]).filter((field) => !names.has(field!)), `${name}: ${path}`).toEqual([]);
      }
    }
  });

  it('names new files by a slug the site accepts', () => {
    expect(collection('units')).toMatchObject({ slug: { editable: ['create'], pattern: ['/^[a-z0-9]+(?:-[a-z0-9]+)*$/', expect.stringContaining('小写字母')] } });
    const batch = new RegExp((collection('batches').slug as { pattern: [string, string] }).pattern[0].slice(1, -1));
    expect(['shanxi-shengzhi-2009', 'shanxi-shengzhi-jie-11', 'Shanxi-shengzhi-2009', 'shanxi_shengzhi_2009'].map((value) => batch.test(value))).toEqual([true, true, false, false]);
  });

  it('offers the values a function checks when the schema lists them (a column from the settings)', () => {
    const kinds = ['工作动态', '通知公告'];
    const kind = z.string().refine((value) => kinds.includes(value)).meta({ title: '栏目', enum: kinds });
    expect(formField('kind', kind, { targets: {} as never })).toEqual({ name: 'kind', label: '栏目', widget: 'select', options: kinds });
  });

  it('offers the news columns of the settings, and follows them when an office adds one', () => {
    const kindOf = (site: SiteSettings) =>
      new Map(walkFields(fieldsOf((cmsConfig(site, { contentDir: 'content' }).collections as AnyCollection[]).find((one) => one.name === 'news')!))).get('kind');
    const kinds = (settings as unknown as { news: { kinds: string[] } }).news.kinds;
    expect(kindOf(settings)).toMatchObject({ widget: 'select', options: kinds, label: '栏目' });
    const more = { ...settings, news: { kinds: [...kinds, '志愿服务'], requireFinalReview: false } } as SiteSettings;
    expect(kindOf(more)).toMatchObject({ options: [...kinds, '志愿服务'] });
    const news = new Map(walkFields(fieldsOf(collection('news'))));
    expect(news.get('attachments.file')).toMatchObject({ widget: 'file', accept: '.pdf,.docx,.xlsx' });
    expect(news.get('units')).toMatchObject({ widget: 'relation', collection: 'units', multiple: true });
  });

  it('saves attachments in files/ beside the entry, as the attachment check reads them', () => {
    const file = formHelpers(settings).attachment(['pdf', 'docx']).meta({ title: '文件' });
    expect(formField('file', file, { targets: {} as never })).toEqual({
      name: 'file',
      label: '文件',
      widget: 'file',
      choose_url: false,
      accept: '.pdf,.docx',
      media_folder: 'files',
      public_folder: './files',
    });
  });

  it('refuses a kind of field it cannot edit, naming it', () => {
    expect(() => formField('day', z.date().meta({ title: '日期' }), { targets: {} as never }, 'events.day')).toThrow(
      'events.day：表单不知道怎样编辑「date」类型的字段，请在 src/cms/fields.ts 里为它加一种输入框',
    );
  });

  it('is the file the admin page reads', () => {
    expect(yaml.load(configYaml(settings, { contentDir: 'content' }))).toEqual(JSON.parse(JSON.stringify(config)));
  });
});

describe('the git host', () => {
  const admin = (value: object) => adminSettings.parse(value);

  it('needs no repository to edit on one’s own computer', () => {
    expect(backendOf(admin({}))).toMatchObject({ name: 'github', repo: LOCAL_ONLY_REPO, branch: 'main' });
    expect(gitHostOrigins(admin({}))).toEqual(['https://api.github.com']);
  });

  it('reaches a self-hosted GitLab, Gitea or Forgejo through its API, signing in without a server', () => {
    const gitlab = admin({ backend: 'gitlab', repo: 'wenming/bangyang', baseUrl: 'https://git.example.gov.cn/', appId: 'abc' });
    expect(backendOf(gitlab)).toMatchObject({ name: 'gitlab', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v4', app_id: 'abc', auth_type: 'pkce' });
    expect(gitHostOrigins(gitlab)).toEqual(['https://git.example.gov.cn']);
    const gitea = admin({ backend: 'gitea', repo: 'wenming/bangyang', baseUrl: 'https://code.example.org', appId: 'abc' });
    expect(backendOf(gitea)).toMatchObject({ name: 'gitea', api_root: 'https://code.example.org/api/v1', app_id: 'abc' });
    expect(backendOf(gitea)).not.toHaveProperty('auth_type');
    expect(gitHostOrigins(admin({ backend: 'gitlab', repo: 'a/b' }))).toEqual(['https://gitlab.com']);
  });

  it('reviews before publishing where the host can, and says where it cannot', () => {
    const site = (adminValue: object): SiteSettings => ({ ...settings, admin: admin(adminValue) });
    expect(cmsConfig(site({ repo: 'a/b', editorialWorkflow: true }), { contentDir: 'content' }).publish_mode).toBe('editorial_workflow');
    expect(cmsConfig(site({ repo: 'a/b' }), { contentDir: 'content' })).not.toHaveProperty('publish_mode');
    expect(adminSettings.safeParse({ backend: 'gitea', editorialWorkflow: true }).error?.issues[0]?.message).toBe(
      'Gitea、Forgejo 暂不支持「审核后发布」（admin.editorialWorkflow）：请改为 false，或改用 GitHub、GitLab',
    );
  });

  it('explains a bad path or repository in the settings', () => {
    expect(adminSettings.safeParse({ path: '/admin/' }).error?.issues[0]?.message).toContain('两端不加 /');
    expect(adminSettings.safeParse({ repo: 'bangyang' }).error?.issues[0]?.message).toContain('所有者/仓库名');
  });
});

describe('the admin page files', () => {
  it('escape the site name, carry the header policy as a meta, and say noindex', () => {
    const hostile: SiteSettings = { ...settings, siteName: '站<script>alert(1)</script>"&' };
    const html = generatedFiles(hostile, { contentDir: 'content' })['index.html']!;
    expect(html).toContain('<title>内容管理 | 站&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;</title>');
    const { 'frame-ancestors': _, ...directives } = adminDirectives(adminPolicy(hostile)!);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(directives)}">`);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    // No inline script or style (the policy allows neither scripts nor this page's own styles inline).
    expect(html).not.toMatch(/<script>|<style|style=/);
  });

  it('seed the Chinese interface from the npm package and load nothing from a CDN', () => {
    const files = generatedFiles(settings, { contentDir: 'content' });
    expect(files['zh-cn.js']).toMatch(/"_locale":"zh-CN","_version":"\d+\.\d+\.\d+"/);
    expect(files['zh-cn.js']).toContain('"upload":"上传"');
    expect(files['admin.css']).not.toMatch(/https?:/);
  });

  it('complete the package’s Chinese only with keys the package has', () => {
    const keys = (strings: Strings, prefix = ''): string[] =>
      Object.entries(strings).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
    const english = new Set(keys(packageStrings(SVELTIA, 'en-US')));
    expect(keys(ZH_CN_ADDITIONS).filter((key) => !english.has(key))).toEqual([]);
    const seed = generatedFiles(settings, { contentDir: 'content' })['zh-cn.js']!;
    expect(seed).toContain('"show_errors":"显示错误"');
    expect(seed).toContain('"title":"文件名（网址）"');
    expect(seed).not.toContain('别名');
  });

  it('are not built when the page is off', () => {
    const off: SiteSettings = { ...settings, admin: adminSettings.parse({ enabled: false }) };
    expect(generatedFiles(off, { contentDir: 'content' })).toEqual({});
    expect(adminPolicy(off)).toBeUndefined();
  });
});
