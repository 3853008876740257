/**
 * Site settings: one file, content/settings.yaml, validated once (by astro.config.mjs before
 * anything is built, and by `npm run check`). SITE_URL and BASE_PATH in the environment
 * override siteUrl and basePath for one build.
 */
import { z } from 'astro/zod';
import { messages } from '../messages/index.ts';
import { contentTypes, type TypeSettings } from '../registry/index.ts';
import { strict, text, url } from './shared.ts';

/** The git hosts the web form (src/cms/) can commit through. */
export const GIT_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/**
 * The web form for editors at /admin/ (src/cms/, EDITING.md「用网页表单编辑」): where it is and
 * which git host it commits through. Without a repository it still works on the editor's own
 * computer (「使用本地仓库」), which needs no sign-in.
 */
export const adminSettings = strict({
  /** False: no admin page is built. Default true. */
  enabled: z.boolean().default(true).meta({ title: '启用', description: '取消勾选后网站不再带内容管理页' }),
  /** Its path below the site, without slashes at the ends. @example admin */
  path: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, { error: '管理页路径 admin.path 只能用小写字母、数字、连字符和 /，两端不加 /，例如 admin 或 guanli' })
    .default('admin')
    .meta({ title: '路径', description: '管理页在网站下的路径，两端不加 /，默认 admin（即 …/admin/）' }),
  /** The git host: github, gitlab, or gitea (also Forgejo). */
  backend: z.enum(GIT_BACKENDS, { error: 'admin.backend 可选值：github、gitlab、gitea（Forgejo 也写 gitea）' }).default('github').meta({
    title: '代码托管平台',
    description: 'github、gitlab，或 gitea（Forgejo 也选 gitea）',
  }),
  /** The repository, `owner/name` (GitLab: `group/subgroup/name`). */
  repo: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: '仓库 admin.repo 应写成「所有者/仓库名」，例如 wenmingban/bangyang' })
    .optional()
    .meta({ title: '仓库', description: '「所有者/仓库名」，例如 wenmingban/bangyang；只在本机编辑时可不填' }),
  /** The branch the form commits to. Default main. */
  branch: z.string().trim().min(1).default('main').meta({ title: '分支', description: '表单提交到的分支，默认 main' }),
  /**
   * A self-hosted GitLab, Gitea or Forgejo: the instance's address; GitHub: the OAuth proxy's
   * address. @example https://git.example.gov.cn
   */
  baseUrl: url.optional().meta({
    title: '平台地址',
    description: '自建 GitLab、Gitea 或 Forgejo 填它的网址，例如 https://git.example.gov.cn；GitHub 填 OAuth 代理的网址，不用时留空',
  }),
  /** The API's address when it is not the usual one (GitHub Enterprise: …/api/v3). */
  apiRoot: url.optional().meta({
    title: 'API 地址',
    description: '一般留空：自建 GitLab 自动用 平台地址/api/v4，Gitea 用 平台地址/api/v1；GitHub Enterprise 填 …/api/v3',
  }),
  /** The OAuth application's client id, for signing in without a server (GitLab, Gitea, Forgejo). */
  appId: z.string().trim().min(1).optional().meta({
    title: 'OAuth 应用 ID',
    description: 'GitLab、Gitea、Forgejo 上登记的 OAuth 应用的 Client ID（不勾选「机密」），用于免服务器登录；不填时用访问令牌登录',
  }),
  /** True: every change becomes a pull (merge) request reviewed before it is published. GitHub and GitLab only. */
  editorialWorkflow: z.boolean().default(false).meta({
    title: '审核后发布',
    description: '勾选后每次修改先成为待审核的合并请求，审核通过才发布；仅 GitHub、GitLab 支持',
  }),
})
  .refine((admin) => !(admin.editorialWorkflow && admin.backend === 'gitea'), {
    error: 'Gitea、Forgejo 暂不支持「审核后发布」（admin.editorialWorkflow）：请改为 false，或改用 GitHub、GitLab',
    path: ['editorialWorkflow'],
  })
  .meta({ title: '内容管理页', description: '给不用 git 的同事的网页表单；怎样设置见 EDITING.md「用网页表单编辑」' });
export type AdminSettings = z.output<typeof adminSettings>;

/**
 * The blocks that belong to content types, each under its type's name (`news:` …), documented
 * in the type's schema module (src/registry/ names it); each fills in its defaults when absent.
 */
const typeBlocks = () => Object.fromEntries(contentTypes().flatMap((type) => (type.settings ? [[type.name, type.settings as z.ZodType]] : [])));

export const settingsSchema = strict({
  /** The site's name, in the header, titles and share images. @example 榜样·山西省直文明网 */
  siteName: text('网站名称 siteName').meta({ title: '网站名称', description: '显示在页头、标题和分享图上' }),
  /** The office that publishes it. @example 山西省直机关精神文明建设委员会办公室 */
  officeName: text('主办单位 officeName').meta({ title: '主办单位' }),
  /**
   * The conferring body the office works for (a file name in content/bodies/): its decisions are
   * listed first, and a notice without an issuer is the office's. @example shanxi-shengzhi
   */
  officeBody: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'officeBody 写 content/bodies/ 下某个机关的文件名（不带 .yaml），例如 shanxi-shengzhi' }).optional()
    .meta({ title: '主办机关', description: 'content/bodies/ 下本办所服务的授予机关的文件名（不带 .yaml），例如 shanxi-shengzhi；它的决定排在前面' }),
  /** One sentence under the name on the home page. */
  tagline: z.string().trim().default('').meta({ title: '标语', description: '首页网站名称下的一句话' }),
  /** The canonical origin, without a path. @example https://wmb.example.gov.cn */
  siteUrl: url.meta({ title: '网站网址', description: '不带路径，例如 https://wmb.example.gov.cn；构建时可用环境变量 SITE_URL 覆盖' }),
  /** The sub-path the site is served under, `/` for a domain root. @example /wenming/ */
  basePath: z
    .string()
    .regex(/^\/([A-Za-z0-9._-]+\/)*$/, { error: messages.schema.settings.basePath })
    .default('/')
    .meta({ title: '子路径', description: '网站放在子路径下时填写，例如 /wenming/；放在域名根目录填 /。可用环境变量 BASE_PATH 覆盖' }),
  /** Header navigation; `href` is relative to the site root. */
  nav: z
    .array(
      strict({
        label: text('导航名称 label').meta({ title: '名称' }),
        href: z.string().regex(/^\/[^\s]*$/, { error: messages.schema.settings.navHref }).meta({ title: '链接', description: '从网站根目录写起，以 / 开头，例如 /units/' }),
      }).meta({ title: '导航项' }),
    )
    .min(1)
    .meta({ title: '导航', description: '页头导航，按顺序显示' }),
  /** Footer contacts and the registration numbers a Chinese government site must show. */
  footer: strict({
    address: z.string().trim().optional().meta({ title: '地址' }),
    phone: z.string().trim().optional().meta({ title: '电话' }),
    email: z.string().trim().optional().meta({ title: '电子邮箱' }),
    /** ICP 备案号. @example 晋ICP备00000000号 */
    icp: text('ICP 备案号 footer.icp').meta({ title: 'ICP 备案号', description: '例如 晋ICP备00000000号' }),
    /** 公安备案号. @example 晋公网安备 14010000000000号 */
    psb: text('公安备案号 footer.psb').meta({ title: '公安备案号', description: '例如 晋公网安备 14010000000000号' }),
    /** 网站标识码 (government sites). */
    siteCode: z.string().trim().optional().meta({ title: '网站标识码', description: '政府网站填写' }),
  }).meta({ title: '页脚', description: '联系方式和政府网站必须显示的备案号' }),
  /** True when the content is demonstration data; every page then says so. */
  demo: z.boolean().default(false).meta({ title: '示例数据', description: '勾选时每页顶部注明「示例数据」；正式上线前取消勾选' }),
  /**
   * Photo formats. Every photo is published as WebP at the shared widths with one JPEG fallback.
   * `avif: true` adds AVIF sources as well: about a third fewer bytes than WebP, but about four
   * times the encoding time, which a cold build pays for every photo (BENCHMARKS.md, 规模).
   */
  images: strict({
    avif: z.boolean().default(false).meta({
      title: '另存 AVIF',
      description: '每张图片默认生成 WebP（多种宽度）和一个 JPEG；勾选后另加 AVIF，文件约小三分之一，但编码约慢 4 倍，图片多的站点首次构建会多花几分钟',
    }),
  })
    .default({ avif: false })
    .meta({ title: '图片格式' }),
  /** The web form for editors (adminSettings above). */
  admin: adminSettings.default(adminSettings.parse({})),
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
