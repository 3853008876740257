/**
 * Editor-facing messages, in one place (as Starlight keeps its errors): what `npm run check`,
 * `npm run build` and the schemas tell an editor or a host, each naming the file or field and the
 * fix, in Chinese, quoting with 「」. A message is a function of what it reports, so that
 * tests/messages/messages.test.ts shows every one of them as an editor reads it.
 *
 * By area: the shared schema helpers (./schema.ts), each finding of `npm run check`
 * (./checks.ts), attachments, news items, Astro's internals. Still written beside their schemas:
 * the field definitions of units, figures, batches, notices and lectures (being rewritten with the
 * honors domain) and the status-history rules (src/lib/honor-status.ts).
 */
import type { AstroInternal } from '../integrations/astro-internals.ts';
import { checkMessages } from './checks.ts';
import { schemaMessages } from './schema.ts';

const list = (values: readonly string[]) => values.join('、');

export const messages = {
  schema: schemaMessages,
  check: {
    ...checkMessages,
    failed: (summary: string) => `${summary}。有错误时网站无法构建：请按「修改建议」改正后再提交；说明见 EDITING.md「读懂检查结果」。`,
    passed: (summary: string, warnings: number) => `${summary}。${warnings > 0 ? '警告不会阻止发布，但请尽量处理。' : '全部通过。'}`,
  },
  attachment: {
    notText: (allowed: readonly string[]) => `附件应写成相对于本文件的路径，例如 ./files/2026-tongzhi.pdf（可用格式：${list(allowed)}）`,
    outside: (written: string) => `附件「${written}」不在本文件所在的文件夹里：请把文件放在这个文件夹或它的子文件夹（如 files/）中`,
    format: (written: string, allowed: readonly string[]) => `附件「${written}」不是可用的格式：只能附 ${list(allowed)} 文件`,
    name: (written: string) =>
      `附件文件名「${written}」只能用字母、数字、连字符和下划线（它会出现在网址里），例如 ./files/2026-fucha-xize.pdf；页面上显示的名称写在 title 里`,
    missing: (written: string) => `找不到附件文件「${written}」（路径相对于本文件所在的文件夹）`,
  },
  news: {
    kind: (written: string, kinds: readonly string[]) => `栏目 kind「${written}」不在 content/settings.yaml 的 news.kinds 里，可选值：${list(kinds)}`,
    kindsEmpty: '栏目 news.kinds 至少要有一项',
    requireFinalReview: 'news.requireFinalReview 只能写 true 或 false',
    approverMissing: '缺少终审 review.approver：本站设置要求每条动态都经过终审（content/settings.yaml 的 news.requireFinalReview: true），请写上终审人的姓名',
    approverEmpty: '终审 review.approver 不能为空：没有终审就删掉这一行',
    summaryTooLong: schemaMessages.summaryTooLong(120),
    attachmentFolder: (written: string) => `附件「${written}」应放在 content/news/files/ 里，写成 ./files/文件名，例如 ./files/2026-fucha-xize.pdf`,
  },
  astroInternals: (missing: readonly AstroInternal[]) =>
    [
      '构建停止：安装的 Astro 与本站依赖的内部实现不一致（多半是升级了 astro）。',
      ...missing.map((internal) => `- ${internal.what}：node_modules/astro/dist/${internal.file} 里找不到「${internal.defines}」；用到它的是 ${internal.usedBy}。`),
      '请在 Astro 的新版本里找到对应的名称，改正上面的文件，再运行 npm test（tests/integrations/astro-internals.test.ts）；或把 package.json 里的 astro 退回原来的版本。',
    ].join('\n'),
};
