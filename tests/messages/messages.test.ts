/** Every message of src/messages/ as an editor reads it. */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/messages/index.ts';
import { ASTRO_INTERNALS } from '../../src/integrations/astro-internals.ts';

describe('messages', () => {
  it('sum up a check', () => {
    expect(messages.check.failed('检查了 3 个条目：1 个错误')).toMatchInlineSnapshot(`"检查了 3 个条目：1 个错误。有错误时网站无法构建：请按「修改建议」改正后再提交；说明见 EDITING.md「读懂检查结果」。"`);
    expect(messages.check.passed('检查了 3 个条目：0 个错误，1 个警告', 1)).toMatchInlineSnapshot(`"检查了 3 个条目：0 个错误，1 个警告。警告不会阻止发布，但请尽量处理。"`);
    expect(messages.check.passed('检查了 3 个条目：0 个错误，0 个警告', 0)).toMatchInlineSnapshot(`"检查了 3 个条目：0 个错误，0 个警告。全部通过。"`);
  });

  it('say what is wrong with an attachment', () => {
    const allowed = ['pdf', 'docx', 'xlsx'];
    expect(messages.attachment.notText(allowed)).toMatchInlineSnapshot(`"附件应写成相对于本文件的路径，例如 ./files/2026-tongzhi.pdf（可用格式：pdf、docx、xlsx）"`);
    expect(messages.attachment.outside('../a.pdf')).toMatchInlineSnapshot(`"附件「../a.pdf」不在本文件所在的文件夹里：请把文件放在这个文件夹或它的子文件夹（如 files/）中"`);
    expect(messages.attachment.format('./a.exe', allowed)).toMatchInlineSnapshot(`"附件「./a.exe」不是可用的格式：只能附 pdf、docx、xlsx 文件"`);
    expect(messages.attachment.name('./附件 一.pdf')).toMatchInlineSnapshot(`"附件文件名「./附件 一.pdf」只能用字母、数字、连字符和下划线（它会出现在网址里），例如 ./files/2026-fucha-xize.pdf；页面上显示的名称写在 title 里"`);
    expect(messages.attachment.missing('./files/a.pdf')).toMatchInlineSnapshot(`"找不到附件文件「./files/a.pdf」（路径相对于本文件所在的文件夹）"`);
  });

  it('say what is wrong with a news item', () => {
    expect(messages.news.kind('志愿', ['工作动态', '通知公告'])).toMatchInlineSnapshot(`"栏目 kind「志愿」不在 content/settings.yaml 的 news.kinds 里，可选值：工作动态、通知公告"`);
    expect(messages.news.approverMissing).toMatchInlineSnapshot(`"缺少终审 review.approver：本站设置要求每条动态都经过终审（content/settings.yaml 的 news.requireFinalReview: true），请写上终审人的姓名"`);
    expect(messages.news.attachmentFolder('./plan.pdf')).toMatchInlineSnapshot(`"附件「./plan.pdf」应放在 content/news/files/ 里，写成 ./files/文件名，例如 ./files/2026-fucha-xize.pdf"`);
    expect(messages.news.approverEmpty).toMatchInlineSnapshot(`"终审 review.approver 不能为空：没有终审就删掉这一行"`);
  });

  it('say which Astro internal has moved', () => {
    expect(messages.astroInternals([ASTRO_INTERNALS.incrementalManifest])).toMatchInlineSnapshot(`
      "构建停止：安装的 Astro 与本站依赖的内部实现不一致（多半是升级了 astro）。
      - 增量构建清单的文件名 incremental-build.json：node_modules/astro/dist/core/build/incremental.js 里找不到「INCREMENTAL_CACHE_FILE = "incremental-build.json"」；用到它的是 src/integrations/incremental.ts（INCREMENTAL_MANIFEST）。
      请在 Astro 的新版本里找到对应的名称，改正上面的文件，再运行 npm test（tests/integrations/astro-internals.test.ts）；或把 package.json 里的 astro 退回原来的版本。"
    `);
  });

  it('quote with 「」, never with “”', () => {
    const all = JSON.stringify([
      messages.check.failed('x'),
      messages.check.passed('x', 1),
      messages.attachment.notText(['pdf']),
      messages.attachment.outside('x'),
      messages.attachment.format('x', ['pdf']),
      messages.attachment.name('x'),
      messages.attachment.missing('x'),
      messages.news.kind('x', ['y']),
      messages.news.kindsEmpty,
      messages.news.requireFinalReview,
      messages.news.approverMissing,
      messages.news.approverEmpty,
      messages.news.summaryTooLong,
      messages.news.attachmentFolder('x'),
      messages.astroInternals(Object.values(ASTRO_INTERNALS)),
    ]);
    expect(all).not.toMatch(/[“”]/);
  });
});
