/**
 * The web form's whole configuration (Sveltia CMS's config.yml), generated at every build: one
 * collection per content type of the registry (src/registry/), its fields from the type's schema
 * (src/cms/fields.ts), what only the form needs from src/cms/collections.ts, plus the settings
 * file, and the git host from the `admin` block of content/settings.yaml. Nothing here is kept
 * by hand: a new type, a schema change or a new value in the settings (a news column) changes
 * the form.
 */
import type { CmsConfig, Collection as CmsCollection, EntryCollection, Field } from '@sveltia/cms';
import { t } from '../i18n/index.ts';
import { contentTypes, isPublished, publishedType } from '../registry/index.ts';
import { settingsSchema, type AdminSettings, type SiteSettings } from '../schemas/settings.ts';
import { slug as slugSchema } from '../schemas/shared.ts';
import { FORMS, RELATION_TARGETS } from './collections.ts';
import { formFields, formHelpers, formPattern, type FieldContext } from './fields.ts';

/** The body of a Markdown entry: a form field with no schema field (the text below the frontmatter). */
export const BODY_FIELD = 'body';

export interface ConfigOptions {
  /** The content folder relative to the repository root (CONTENT_DIR). */
  contentDir: string;
  /**
   * `test-repo`: Sveltia's test backend, files kept in the browser (the browser test). Otherwise
   * the git host from the settings.
   */
  backend?: 'settings' | 'test-repo';
}

/** A repository name for local-only editing: Sveltia needs one, and any name will do then. */
export const LOCAL_ONLY_REPO = 'local/bangyang';

/** The `backend` block for the settings' git host. */
export function backendOf(admin: AdminSettings): CmsConfig['backend'] {
  const base = admin.baseUrl?.replace(/\/+$/, '');
  const apiRoot = admin.apiRoot ?? (base && admin.backend !== 'github' ? `${base}/api/${admin.backend === 'gitlab' ? 'v4' : 'v1'}` : undefined);
  const common = {
    repo: admin.repo ?? LOCAL_ONLY_REPO,
    branch: admin.branch,
    ...(base ? { base_url: base } : {}),
    ...(apiRoot ? { api_root: apiRoot } : {}),
    ...(admin.appId ? { app_id: admin.appId } : {}),
    commit_messages: {
      create: '新建{{collection}}「{{slug}}」（网页表单）',
      update: '修改{{collection}}「{{slug}}」（网页表单）',
      delete: '删除{{collection}}「{{slug}}」（网页表单）',
      uploadMedia: '上传图片 {{path}}（网页表单）',
      deleteMedia: '删除图片 {{path}}（网页表单）',
    },
  };
  if (admin.backend === 'gitlab') return { name: 'gitlab', ...common, ...(admin.appId ? { auth_type: 'pkce' as const } : {}) };
  if (admin.backend === 'gitea') return { name: 'gitea', ...common };
  return { name: 'github', ...common };
}

/** The origins the admin page talks to for the settings' git host (for its CSP, src/lib/csp.ts). */
export function gitHostOrigins(admin: AdminSettings): string[] {
  const backend = backendOf(admin) as { name: string; base_url?: string; api_root?: string };
  const defaults: Record<string, string[]> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    gitea: ['https://gitea.com'],
  };
  const origins = [backend.api_root, backend.base_url].filter((url): url is string => !!url).map((url) => new URL(url).origin);
  return [...new Set(origins.length > 0 ? origins : defaults[backend.name]!)];
}

const slugHint = '文件名，也是网址的一部分：用名称的拼音，小写字母、数字和连字符，例如 zhang-san。保存后不能再改';

/** The folder collection of one content type, from its registry descriptor and its form part. */
function typeCollection(type: ReturnType<typeof contentTypes>[number], settings: SiteSettings, options: ConfigOptions): EntryCollection {
  const form = FORMS[type.name];
  const layout = type.files.layout;
  const context: FieldContext = { targets: RELATION_TARGETS, itemSummaries: form.itemSummaries, optionalInForm: form.optionalInForm };
  const fields: Field[] = formFields(type.schema(formHelpers(settings)), context);
  if (form.body) fields.push({ name: BODY_FIELD, label: form.body.label, hint: form.body.hint, widget: 'markdown' });
  const hasDraft = fields.some((field) => field.name === 'draft');
  const path = isPublished(type.name) ? publishedType(type.name).site.path : undefined;
  const label = isPublished(type.name) ? t(publishedType(type.name).label) : form.label;
  if (!label) throw new Error(`${type.name}：没有页面的内容类型要在 src/cms/collections.ts 里写上表单列表的名称（label）`);
  return {
    name: type.name,
    label,
    label_singular: type.noun,
    description: form.description,
    folder: `${options.contentDir}/${type.name}`,
    ...(layout === 'folder' ? { path: '{{slug}}/index' } : {}),
    ...(layout === 'data' ? { extension: 'yaml', format: 'yaml' } : { extension: 'md', format: 'frontmatter' }),
    create: true,
    identifier_field: form.relation.display,
    slug: { editable: ['create'], hint: form.slug?.hint ?? slugHint, pattern: form.slug?.pattern ?? formPattern(slugSchema)! },
    summary: form.summary,
    // Images and attachments are saved beside the entry (a folder entry: in its photos/), and
    // written as a path relative to it, which is what the schemas' image() expects.
    ...(layout === 'folder' ? { media_folder: 'photos', public_folder: './photos' } : { media_folder: '', public_folder: './' }),
    ...(path ? { preview_path: `${settings.basePath.replace(/^\/+/, '')}${path('{{slug}}')}` } : {}),
    ...(hasDraft
      ? {
          view_filters: [
            { label: '草稿', field: 'draft', eq: true },
            { label: '已发布', field: 'draft', ne: true },
          ],
        }
      : {}),
    fields,
  };
}

function settingsCollection(options: ConfigOptions): CmsCollection {
  return {
    name: 'settings',
    label: '站点设置',
    description: '网站名称、导航、页脚备案号等；改动会影响每个页面，请谨慎。',
    files: [
      {
        name: 'site',
        label: '站点设置',
        file: `${options.contentDir}/settings.yaml`,
        fields: formFields(settingsSchema, { targets: RELATION_TARGETS }),
      },
    ],
  };
}

/** The configuration for a site with these settings. */
export function cmsConfig(settings: SiteSettings, options: ConfigOptions): CmsConfig {
  const { admin } = settings;
  const editorial = admin.editorialWorkflow && admin.backend !== 'gitea';
  return {
    backend: options.backend === 'test-repo' ? { name: 'test-repo' } : backendOf(admin),
    ...(editorial && options.backend !== 'test-repo' ? { publish_mode: 'editorial_workflow' as const } : {}),
    app_title: `内容管理 | ${settings.siteName}`,
    logo: { src: `${settings.basePath}favicon.svg` },
    // The preview pane would show the fields again, not the page: the site itself is the preview.
    editor: { preview: false },
    // Only the settings file would use these (it has no images): entries keep images beside them.
    media_folder: `${options.contentDir}/_media`,
    public_folder: '/_media',
    // Without it the form writes "" or null for an empty optional field, which the schemas reject.
    output: { omit_empty_optional_fields: true },
    // Stock photo sites are no source for an office's pictures, and the admin page's policy
    // would block them anyway.
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [...contentTypes().map((type) => typeCollection(type, settings, options)), settingsCollection(options)],
  };
}
