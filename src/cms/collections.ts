/**
 * What the web form shows for each content type beyond what the registry (src/registry/) and
 * the schemas already say: the list's description and one-line summaries, how other entries'
 * relation fields find an entry, the body's label. Names, folders, layouts, schemas, section
 * names and page paths come from the registry; the fields from the schemas (src/cms/fields.ts).
 *
 * Typed by the registry's collection names: a content type added to the registry without a
 * form here is a compile error, and tests/cms/config.test.ts checks that every type has a
 * collection in the form.
 */
import type { CollectionName } from '../registry/index.ts';
import { t } from '../i18n/index.ts';
import type { RelationTarget } from './fields.ts';

export interface TypeForm {
  /** The list's name, for a type without pages (the registry's `label` names the others). */
  label?: string;
  description: string;
  /** How other entries' relation fields find one of these. */
  relation: RelationTarget;
  /** The entry list's line per entry (Sveltia template tags). */
  summary: string;
  /** The Markdown body below the frontmatter; null for a data file (YAML only). */
  body: { label: string; hint: string } | null;
  /** Templates for list items' one-line summaries, by dotted field path. */
  itemSummaries?: Record<string, string>;
  /** Fields the schema requires that the form must let an editor leave empty. */
  optionalInForm?: string[];
  /** How a new file is named, when not as every slug (`zhang-san`): its hint and pattern with message. */
  slug?: { hint: string; pattern: [string, string] };
}

/** 「（草稿）」 after a draft's line in every list. */
export const DRAFT_MARK = "{{draft | ternary('（草稿）', '')}}";

const NAME_AND_HONOR = `{{name}}${DRAFT_MARK}`;

export const FORMS: Record<CollectionName, TypeForm> = {
  units: {
    description: '每个单位一个文件。荣誉按获得先后排列，每项带状态记录；单位当前的状态由状态记录推算，不另外填写。',
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
  },
  figures: {
    description: '道德模范、身边好人等先进人物，每人（每组）一个文件。没有「发布同意」的人物不能发布。',
    relation: { display: 'name', search: ['name'] },
    summary: `{{name}}${DRAFT_MARK}：{{category}}`,
    body: { label: t('figures.story'), hint: '人物事迹，可分段' },
    itemSummaries: { honors: '{{fields.title}}（{{fields.date}}）' },
  },
  lectures: {
    description: '思想讲坛、道德讲堂，每期一个文件。',
    relation: { display: 'title', search: ['title', 'series'] },
    summary: `{{series}}第{{session}}期：{{title}}${DRAFT_MARK}`,
    body: { label: '讲座内容', hint: '讲座内容摘要或讲稿全文' },
    itemSummaries: { speakers: "{{fields.name}}{{fields.position | ternary('，', '')}}{{fields.position}}" },
  },
  exhibitions: {
    description: '每个展览一个文件夹，图片放在其中的 photos/ 里。用 photos.csv 表格管理图片清单的展览，图片请在表格里改。',
    relation: { display: 'title', search: ['title'] },
    summary: `{{title}}${DRAFT_MARK}（{{opens}}—{{closes}}）`,
    body: { label: '前言', hint: '展览的前言' },
    itemSummaries: { sections: '{{fields.title}}（{{fields.id}}）', photos: '{{fields.title}}（{{fields.section}}）' },
    // photos.csv beside index.md holds the list instead; the check still requires one of the two.
    optionalInForm: ['photos'],
  },
  notices: {
    description: '每则公示一个文件；公示期结束、有了结果后，再补填「公示结果」。',
    relation: { display: 'title', search: ['title'] },
    summary: `{{title}}${DRAFT_MARK}（{{window.start}}至{{window.end}}）`,
    body: { label: '公示正文', hint: '公示的全文' },
    itemSummaries: { contacts: '{{fields.label}}：{{fields.value}}' },
  },
  news: {
    description: '每条动态或文件一个条目；附件存在条目旁的 files/ 里，栏目在「站点设置」里增减。',
    relation: { display: 'title', search: ['title', 'number'] },
    summary: `{{title}}${DRAFT_MARK}（{{kind}}，{{date}}）`,
    body: { label: '正文', hint: '正文全文，可分段；文件类可只写简短说明，原文作为附件' },
    itemSummaries: { attachments: '{{fields.title}}' },
  },
  bodies: {
    label: '授予机关',
    description: '授予荣誉的机关，每个一个文件：级别、层级、届次写法、有效期规则和它授予的称号（按文件原文）。荣誉只写机关的文件名，级别等由这里推出。',
    relation: { display: 'name', search: ['name', 'shortName'] },
    summary: "{{name}}{{fictional | ternary('（示例）', '')}}：{{level}}",
    body: null,
    itemSummaries: { titles: '{{fields.title}}（{{fields.kind}}）' },
  },
  batches: {
    label: '命名批次',
    description: '一次命名决定（一个授予机关、一个届次）的公开数字（可选）：申报、测评、公示、命名各多少；批次页本身由单位的荣誉自动生成。',
    relation: { display: 'term', search: ['term', 'document'] },
    summary: '{{slug}}：{{term}} {{document}}',
    body: null,
    slug: {
      hint: '文件名写「机关文件名-届次」：shanxi-shengzhi-2009 即山西省直 2009年度（2010—2011年度写 2010-2011，第十一届写 jie-11，第三批写 pi-3）',
      pattern: ['/^[a-z0-9]+(?:-[a-z0-9]+)*$/', '文件名写「机关文件名-届次」，只用小写字母、数字和连字符，例如 shanxi-shengzhi-2009'],
    },
  },
};

/** The relation targets of every content type, for src/cms/fields.ts. */
export const RELATION_TARGETS = Object.fromEntries(Object.entries(FORMS).map(([collection, form]) => [collection, form.relation])) as Record<CollectionName, RelationTarget>;
