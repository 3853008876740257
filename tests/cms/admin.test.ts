/**
 * The web form in a real browser: the built demo's admin page (dist/admin/, served with the
 * admin page's own Content-Security-Policy) signs in with 「使用本地仓库」 on a copy of the
 * demo's content, creates a unit with an honor and its status history, a figure in that unit
 * (with a portrait upload, a date and the consent record) and a news item with an attachment
 * through the form, and saves.
 * The files it wrote are then put into a fixture site, which must pass `npm run check` and
 * build. Meanwhile nothing may reach another origin, and the only policy violations allowed
 * are the ones the policy exists for (Sveltia's CDN fonts and its update check).
 *
 * BANGYANG_CMS_SCREENSHOTS=<folder> also writes the screenshots EDITING.md shows (scripts of
 * its own would repeat this whole walk): `… tests/cms/admin.test.ts` with it set, then
 * commit what changed in .github/editing/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPolicy } from '../../src/cms/admin-page.ts';
import { adminSecurityHeaders, SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../e2e/harness.ts';
import { buildSite, variant, WORK } from '../reliability/fixture-sites.ts';
import { DIST, ROOT } from '../setup/paths.ts';
import { exportFiles, folderFiles, pickRepositoryFolder, readRepository, seedRepository } from './opfs.ts';

const settings = loadSettings(ROOT, {});
const policy = adminPolicy(settings)!;
const SHOTS = process.env.BANGYANG_CMS_SCREENSHOTS;
/** Blocked on purpose: Sveltia's CDN fonts (ours replace them) and its hourly update check. */
const EXPECTED_VIOLATIONS = /^(?:font-src https:\/\/cdn\.jsdelivr\.net\/fontsource\/|connect-src https:\/\/unpkg\.com\/@sveltia\/cms\/package\.json$|connect-src https:\/\/www\.githubstatus\.com\/)/;
/** A portrait to upload (it carries a GPS position, which the build must drop). */
const PHOTO = join(ROOT, 'tests/fixtures/photos/with-gps.jpg');
/** A spreadsheet to attach, under a name no demo file has (the picker would ask to replace it). */
const ATTACHMENT = join(mkdtempSync(join(tmpdir(), 'bangyang-cms-')), 'biaodan-ceshi.xlsx');
copyFileSync(join(ROOT, 'content/news/files/2010-yichang-chuangjian-neirong.xlsx'), ATTACHMENT);

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  server = await serveStatic(DIST, '/', (path) => (path.startsWith(policy.path) ? adminSecurityHeaders(policy) : SECURITY_HEADERS));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page on the admin, watched: every off-site request and every policy violation is noted. */
async function adminPage(context: BrowserContext): Promise<{ page: Page; offsite: string[]; violations: string[]; errors: string[] }> {
  const offsite: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    offsite.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.log(`CSP-VIOLATION ${event.effectiveDirective} ${event.blockedURI}`));
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('CSP-VIOLATION ')) violations.push(text.slice('CSP-VIOLATION '.length));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await pickRepositoryFolder(page);
  await page.goto(`${server.url}${policy.path.slice(1)}`);
  return { page, offsite, violations, errors };
}

/** Saves a screenshot for EDITING.md, as a small palette PNG (when BANGYANG_CMS_SCREENSHOTS is set). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  // Let transitions end (the form fades out after saving).
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => {}))));
  const png = await page.screenshot();
  writeFileSync(join(SHOTS, `${name}.png`), await sharp(png).resize({ width: 1000 }).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toBuffer());
}

/** Fields far down the form are drawn only once scrolled to: scroll the editor until it is there. */
async function reveal(page: Page, locator: Locator): Promise<Locator> {
  await page.mouse.move(300, 500);
  for (let turn = 0; turn < 40 && (await locator.count()) === 0; turn++) await page.mouse.wheel(0, 500);
  await locator.first().scrollIntoViewIfNeeded();
  return locator;
}

/** Picks an option of a select with more options than fit as radio buttons. */
async function choose(page: Page, combobox: Locator, value: string): Promise<void> {
  await combobox.click();
  await page.getByRole('listbox').getByRole('option', { name: value, exact: true }).click();
}

/** Fills the fields every honor has: the body chosen by name, title and term as issued (labels contain Unicode isolates, hence the patterns). */
async function fillHonor(page: Page, editor: Locator, honor: { body: string; title: string; term: string }): Promise<Locator> {
  const group = editor.getByRole('group', { name: /「.*荣誉.*」字段/ });
  await group.getByRole('combobox', { name: '授予机关' }).click();
  await page.getByRole('searchbox', { name: '筛选选项' }).fill(honor.body);
  await page.getByRole('option', { name: honor.body, exact: true }).click();
  await group.getByRole('textbox', { name: '荣誉称号' }).fill(honor.title);
  await group.getByRole('textbox', { name: /届次/ }).fill(honor.term);
  return group;
}

/** Uploads a file through a file or image field's picker and inserts it. */
async function upload(page: Page, field: Locator, file: string, dialog: string): Promise<void> {
  await field.getByRole('button', { name: '浏览' }).click();
  const picker = page.getByRole('dialog', { name: dialog });
  const chooser = page.waitForEvent('filechooser');
  await picker.getByRole('button', { name: '上传' }).click();
  await (await chooser).setFiles(file);
  await picker.getByRole('button', { name: '插入' }).click();
}

/** Clicks 保存 and waits for 「条目已保存」; on a validation error, fails with the form's own list. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存' }).click();
  try {
    await page.getByText('条目已保存。').waitFor({ timeout: 15_000 });
  } catch (error) {
    await page.getByRole('radio', { name: '验证' }).click();
    throw new Error(`表单没有保存：\n${await page.getByRole('group', { name: '验证' }).ariaSnapshot()}`, { cause: error });
  }
}

describe('the admin page', () => {
  it('shows a Chinese interface in an English browser too, with nothing loaded from elsewhere', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const { page, offsite, violations, errors } = await adminPage(context);
    await page.getByRole('button', { name: '使用本地仓库' }).waitFor();
    await expect(page.title()).resolves.toBe(`内容管理 | ${settings.siteName}`);
    expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toContain('noindex');
    await context.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    expect(violations.filter((violation) => !EXPECTED_VIOLATIONS.test(violation))).toEqual([]);
  });

  it('creates a unit with an honor, a figure in it and a news item with an attachment; the files pass the check and build', { timeout: 360_000 }, async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const { page, offsite, violations, errors } = await adminPage(context);
    await seedRepository(page, new Map<string, Buffer | string>([...folderFiles(join(ROOT, 'content'), 'content/'), ['.git/HEAD', 'ref: refs/heads/main\n']]));
    await page.getByRole('button', { name: '使用本地仓库' }).waitFor();
    await shot(page, 'signin');
    await page.getByRole('button', { name: '使用本地仓库' }).click();

    // The unit: a name, a region path, a kind, and an honor whose history has two steps.
    await page.getByRole('treeitem', { name: '文明单位' }).click();
    await page.getByRole('button', { name: '创建新条目' }).first().click();
    const editor = page.getByRole('group', { name: '内容编辑器' });
    await editor.getByRole('textbox', { name: '单位名称' }).fill('平谷区表单测试街道办事处');
    const region = editor.getByRole('group', { name: /「.*地区.*」字段/ });
    await region.getByRole('textbox', { name: '项目值' }).first().fill('北京市');
    await region.getByRole('button', { name: /添加.*地区/ }).click();
    await region.getByRole('textbox', { name: '项目值' }).nth(1).fill('平谷区');
    await editor.getByRole('textbox', { name: '系统' }).fill('区直机关');
    await choose(page, editor.getByRole('combobox', { name: '单位类型' }), '党政机关');
    await (await reveal(page, editor.getByRole('button', { name: /添加.*荣誉/ }))).click();
    const honor = await fillHonor(page, editor, { body: '北京市平谷区精神文明建设委员会', title: '平谷区文明单位', term: '2023年度' });
    const history = honor.getByRole('group', { name: /「.*决定记录.*」字段/ });
    for (const [status, date] of [
      ['命名', '2024-01-15'],
      ['黄牌警告', '2024-06-30'],
    ] as const) {
      await (await reveal(page, history.getByRole('button', { name: /添加.*决定/ }))).click();
      await choose(page, history.getByRole('combobox', { name: '状态' }).last(), status);
      await history.getByRole('textbox', { name: '日期' }).last().fill(date);
    }
    await history.getByRole('textbox', { name: '文号' }).first().fill('平文明委〔2024〕1号');
    await history.getByRole('textbox', { name: '说明' }).last().fill('复查中发现创建台账缺失');
    await shot(page, 'unit-honor');
    // A warning is shown only on a demo unit: this one is.
    await (await reveal(page, editor.getByRole('switch', { name: '虚构示例' }).last())).click();
    await (await reveal(page, editor.getByRole('textbox', { name: '简介' }))).fill('用网页表单创建的测试单位。');
    await (await reveal(page, editor.getByRole('textbox', { name: '创建事迹' }))).click();
    await page.keyboard.type('测试单位的创建事迹。');
    await page.getByRole('group', { name: '文件名（网址）' }).getByRole('textbox').fill('pinggu-biaodan-ceshi');
    await save(page);
    // The form slides away; the list then shows the new unit with its honor.
    await page.getByRole('button', { name: '保存' }).waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /平谷区表单测试街道办事处/ }).waitFor();
    await shot(page, 'saved');
    await page.getByText('条目已保存。').waitFor({ state: 'hidden', timeout: 20_000 });

    // The figure: a category, an honor, the unit above chosen by name, a portrait, consent.
    // Saving closes the form and goes back to the list.
    await page.getByRole('treeitem', { name: '道德模范' }).click();
    await page.getByRole('button', { name: '创建新条目' }).first().click();
    // Saving an empty form is refused, field by field, in Chinese.
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/个字段存在错误/).waitFor();
    await editor.getByText('此字段为必填项。').first().waitFor();
    await shot(page, 'validation');
    await editor.getByRole('textbox', { name: '姓名' }).fill('表单测试人物');
    await editor.getByRole('radio', { name: '助人为乐' }).click();
    await editor.getByRole('button', { name: /添加.*荣誉/ }).click();
    const figureHonor = await fillHonor(page, editor, { body: '北京市平谷区精神文明建设委员会办公室', title: '身边好人', term: '2025年度' });
    await figureHonor.getByRole('textbox', { name: '授予日期' }).fill('2025-06');
    await editor.getByRole('combobox', { name: '所在单位' }).click();
    await page.getByRole('searchbox', { name: '筛选选项' }).fill('表单测试');
    await shot(page, 'figure-relation');
    await page.getByRole('option', { name: '平谷区表单测试街道办事处', exact: true }).click();
    const figureRegion = editor.getByRole('group', { name: /「.*地区.*」字段/ });
    await figureRegion.getByRole('textbox', { name: '项目值' }).first().fill('北京市');
    await (await reveal(page, editor.getByRole('checkbox', { name: /添加.*肖像/ }))).click();
    const portrait = editor.getByRole('group', { name: /「.*肖像.*」字段/ });
    await upload(page, portrait, PHOTO, '选择图片');
    await portrait.getByText('./with-gps.jpg').waitFor();
    await portrait.getByRole('textbox', { name: '替代文字' }).fill('测试人物在社区服务');
    await (await reveal(page, editor.getByRole('textbox', { name: '简介' }))).fill('用网页表单创建的测试人物。');
    const consent = editor.getByRole('group', { name: /「.*发布同意.*」字段/ });
    await (await reveal(page, consent.getByRole('switch', { name: '已取得本人或家属同意' }))).click();
    await consent.locator('input[type="date"]').fill('2026-11-20');
    await (await reveal(page, editor.getByRole('textbox', { name: '事迹' }))).click();
    await page.keyboard.type('测试人物的事迹。');
    await page.getByRole('group', { name: '文件名（网址）' }).getByRole('textbox').fill('biaodan-ceshi-renwu');
    await save(page);
    await page.getByText('条目已保存。').waitFor({ state: 'hidden', timeout: 20_000 });

    // A news item in a column from the settings, with a spreadsheet attached.
    await page.getByRole('treeitem', { name: '动态与文件' }).click();
    await page.getByRole('button', { name: '创建新条目' }).first().click();
    await editor.getByRole('textbox', { name: '标题' }).fill('表单测试动态');
    await editor.locator('input[type="date"]').first().fill('2026-11-20');
    await editor.getByRole('radio', { name: '工作动态' }).click();
    await editor.getByRole('textbox', { name: '简介' }).fill('用网页表单创建的测试动态。');
    await (await reveal(page, editor.getByRole('button', { name: /添加.*附件/ }))).click();
    const attachment = editor.getByRole('group', { name: /「.*附件.*」字段/ }).first();
    await attachment.getByRole('textbox', { name: '附件名称' }).fill('测试附件');
    await upload(page, attachment, ATTACHMENT, '选择文件');
    const review = editor.getByRole('group', { name: /「.*三审.*」字段/ });
    await (await reveal(page, review.getByRole('textbox', { name: '编辑' }))).fill('测试编辑');
    await review.getByRole('textbox', { name: '审核' }).fill('测试审核');
    await (await reveal(page, editor.getByRole('textbox', { name: '正文' }))).click();
    await page.keyboard.type('测试动态的正文。');
    await page.getByRole('group', { name: '文件名（网址）' }).getByRole('textbox').fill('biaodan-ceshi-dongtai');
    await save(page);

    const written = await readRepository(page, 'content/');
    await context.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    expect(violations.filter((violation) => !EXPECTED_VIOLATIONS.test(violation))).toEqual([]);

    // What the form wrote: the slugs as typed, the relation as a slug, the image beside the entry.
    const unit = written.get('content/units/pinggu-biaodan-ceshi.md')?.toString();
    const figure = written.get('content/figures/biaodan-ceshi-renwu.md')?.toString();
    expect(unit).toMatch(/body: pinggu-wenmingwei/);
    expect(unit).toMatch(/status: 黄牌警告\n\s+date: '?2024-06-30'?/);
    expect(figure).toContain('unit: pinggu-biaodan-ceshi');
    expect(figure).toContain('src: ./with-gps.jpg');
    expect(figure).not.toMatch(/: (?:''|""|null)$/m);
    expect(written.has('content/figures/with-gps.jpg')).toBe(true);
    expect(written.get('content/news/biaodan-ceshi-dongtai.md')?.toString()).toMatch(/kind: 工作动态[\s\S]*file: \.\/files\/biaodan-ceshi\.xlsx/);
    expect(written.get('content/news/files/biaodan-ceshi.xlsx')?.equals(readFileSync(ATTACHMENT))).toBe(true);

    // Those files in a fixture site: `npm run check` and the build accept them.
    const site = variant('escaping', 'cms-form');
    // With the two bodies their honors name (the fixture site has bodies of its own).
    const created = new Map([...written].filter(([path]) => /(?:pinggu-biaodan-ceshi|biaodan-ceshi-renwu|biaodan-ceshi-dongtai|biaodan-ceshi|with-gps|bodies\/pinggu-wenming(?:wei|ban))\./.test(path)));
    expect(created.size).toBe(7);
    exportFiles(created, 'content/', site);
    const check = () => {
      const result = spawnSync('npm', ['run', 'check'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BANGYANG_CONTENT_DIR: relative(ROOT, site) } });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    };
    // A rule no form can express: the uploaded portrait carries a GPS position. The check names
    // the entry, the line and the fix, as it would in the commit's CI run.
    const refused = check();
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/figures\/biaodan-ceshi-renwu\.md:\d+:\d+: error: 照片 .*with-gps\.jpg 带有 GPS 位置信息/);
    writeFileSync(join(site, 'figures/with-gps.jpg'), await sharp(PHOTO).jpeg().toBuffer());
    const accepted = check();
    expect(accepted.status, accepted.output).toBe(0);
    const build = buildSite(site, join(WORK, 'cms-form-dist'));
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(build.outDir, 'units/pinggu-biaodan-ceshi/index.html'), 'utf8')).toContain('黄牌警告');
    expect(existsSync(join(build.outDir, 'figures/biaodan-ceshi-renwu/index.html'))).toBe(true);
    expect(readFileSync(join(build.outDir, 'news/biaodan-ceshi-dongtai/index.html'), 'utf8')).toContain('测试附件');
    expect(existsSync(join(build.outDir, 'news/files/biaodan-ceshi.xlsx'))).toBe(true);
    expect(existsSync(join(build.outDir, 'admin/config.yml'))).toBe(true);
  });
});
