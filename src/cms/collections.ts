/**
 * What the web form shows for each kind of content beyond its fields: the list's name and
 * one-line summary, the body's label, where files and images go, how a new file is named.
 * The fields themselves come from the schemas (src/cms/fields.ts).
 *
 * TO BE REPLACED by the content-type registry (issue 19) once it is on main: its one
 * descriptor per type should carry these parts, and src/cms/config.ts loop over it. Until
 * then this table is typed by `Collection`, so a new entry type that is not given a form here
 * is a compile error, and tests/cms/config.test.ts compares it with the check's schema list.
 */
import type { z } from 'astro/zod';
import type { Collection, SchemaHelpers } from '../schemas/context.ts';
import { exhibitionSchema } from '../schemas/exhibitions.ts';
import { figureSchema } from '../schemas/figures.ts';
import { lectureSchema } from '../schemas/lectures.ts';
import { noticeSchema } from '../schemas/notices.ts';
import { unitSchema } from '../schemas/units.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { paths } from '../lib/urls.ts';
import type { RelationTarget } from './fields.ts';

export interface EntryForm {
  schema: (helpers: SchemaHelpers) => z.ZodType;
  /** The list's name: the site's own name for the section (src/i18n). */
  label: UiKey;
  /** One item, as in 「新建 人物」. */
  labelSingular: string;
  description: string;
  /**
   * Where an entry lives below its collection folder, without extension: flat files
   * (`<slug>.md`) keep images beside them; a folder per entry (`<slug>/index.md`) keeps them in
   * `photos/` inside it.
   */
  layout: 'file' | 'folder';
  /** How other entries' relation fields find this one. */
  relation: RelationTarget;
  /** The entry list's line per entry (Sveltia template tags). */
  summary: string;
  /** The Markdown body below the frontmatter. */
  body: { label: string; hint: string };
  /** Templates for list items' one-line summaries, by dotted field path. */
  itemSummaries?: Record<string, string>;
  /** Fields the schema requires that the form must let an editor leave empty. */
  optionalInForm?: string[];
  /** The site path of an entry, for the form's 「在网站上查看」 link. */
  path: (slug: string) => string;
}

/** 「（草稿）」 after a draft's line in every list. */
export const DRAFT_MARK = "{{draft | ternary('（草稿）', '')}}";

const NAME_AND_HONOR = `{{name}}${DRAFT_MARK}`;

export const ENTRY_FORMS: Record<Collection, EntryForm> = {
  units: {
    schema: unitSchema,
    label: 'units.title',
    labelSingular: '单位',
    description: '每个单位一个文件。荣誉按获得先后排列，每项带状态记录；单位当前的状态由状态记录推算，不另外填写。',
    layout: 'file',
    relation: { display: 'name', search: ['name', 'shortName'] },
    // The list names the first honor listed (usually the first conferred) and marks with 「等」 that more follow:
    // list templates can pick an item by position only, not the newest, and the current status
    // is derived with the day's date, which a template cannot do.
    summary: `${NAME_AND_HONOR}：{{honors.0.title}}（{{honors.0.term}}）{{honors.1.title | ternary('等', '')}}`,
    body: { label: t('units.story'), hint: '单位的创建事迹，可分段；用编辑器上方的按钮加粗、加小标题或列表' },
    itemSummaries: {
      formerNames: '{{fields.name}}（至{{fields.until}}）',
      honors: '{{fields.title}}（{{fields.term}}）',
      'honors.history': '{{fields.status}}（{{fields.date}}）',
    },
    path: paths.unit,
  },
  figures: {
    schema: figureSchema,
    label: 'figures.title',
    labelSingular: '人物',
    description: '道德模范、身边好人等先进人物，每人（每组）一个文件。没有「发布同意」的人物不能发布。',
    layout: 'file',
    relation: { display: 'name', search: ['name'] },
    summary: `{{name}}${DRAFT_MARK}：{{category}}`,
    body: { label: t('figures.story'), hint: '人物事迹，可分段' },
    itemSummaries: { honors: '{{fields.title}}（{{fields.year}}年）' },
    path: paths.figure,
  },
  lectures: {
    schema: lectureSchema,
    label: 'lectures.title',
    labelSingular: '讲座',
    description: '思想讲坛、道德讲堂，每期一个文件。',
    layout: 'file',
    relation: { display: 'title', search: ['title', 'series'] },
    summary: `{{series}}第{{session}}期：{{title}}${DRAFT_MARK}`,
    body: { label: '讲座内容', hint: '讲座内容摘要或讲稿全文' },
    itemSummaries: { speakers: "{{fields.name}}{{fields.position | ternary('，', '')}}{{fields.position}}" },
    path: paths.lecture,
  },
  exhibitions: {
    schema: exhibitionSchema,
    label: 'exhibitions.title',
    labelSingular: '图片展',
    description: '每个展览一个文件夹，图片放在其中的 photos/ 里。用 photos.csv 表格管理图片清单的展览，图片请在表格里改。',
    layout: 'folder',
    relation: { display: 'title', search: ['title'] },
    summary: `{{title}}${DRAFT_MARK}（{{opens}}—{{closes}}）`,
    body: { label: '前言', hint: '展览的前言' },
    itemSummaries: { sections: '{{fields.title}}（{{fields.id}}）', photos: '{{fields.title}}（{{fields.section}}）' },
    // photos.csv beside index.md holds the list instead; the check still requires one of the two.
    optionalInForm: ['photos'],
    path: paths.exhibition,
  },
  notices: {
    schema: noticeSchema,
    label: 'notices.title',
    labelSingular: '公示',
    description: '每则公示一个文件；公示期结束、有了结果后，再补填「公示结果」。',
    layout: 'file',
    relation: { display: 'title', search: ['title'] },
    summary: `{{title}}${DRAFT_MARK}（{{window.start}}至{{window.end}}）`,
    body: { label: '公示正文', hint: '公示的全文' },
    itemSummaries: { contacts: '{{fields.label}}：{{fields.value}}' },
    path: paths.notice,
  },
};

/** The relation targets of every entry type, for src/cms/fields.ts. */
export const RELATION_TARGETS = Object.fromEntries(
  Object.entries(ENTRY_FORMS).map(([collection, form]) => [collection, form.relation]),
) as Record<Collection, RelationTarget>;

export const labelOf = (form: EntryForm) => t(form.label);
