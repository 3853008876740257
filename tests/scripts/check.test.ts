import { appendFileSync, copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { diagnosticLines, FIXTURE, fixtureCopy, REPO, run } from './helpers.ts';
import { TEST_BUILD_DATE } from '../setup/build.ts';

const edit = (root: string, file: string, change: (text: string) => string) => {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('npm run check', () => {
  it('passes the fixture content with no errors and no warnings', () => {
    const result = run('check', fixtureCopy());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(diagnosticLines(result.stdout)).toEqual([]);
    expect(result.stdout).toContain('检查了 7 个条目、1 张图片：0 个错误，0 个警告');
  });

  it('passes the demo content with no errors (read only)', () => {
    // The demo records reviews up to its build day (the tests' TEST_BUILD_DATE), after the fixture's day.
    const result = run('check', REPO, ['--today', TEST_BUILD_DATE]);
    expect(result.stderr).toBe('');
    expect(diagnosticLines(result.stdout).filter((line) => line.includes(': error: '))).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('maps a schema issue path (honors.0.history.1.status) to its line and column, with a hint', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('status: 复查保留', 'status: 复查'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/units/ceshi-shi-gongan-ju.md:13:17: error: honors.0.history.1.status: 状态「复查」无效，可选值：命名、复查保留、黄牌警告、恢复、摘牌、撤销、取消（撤销即摘牌，按文件原文写哪一个都可以）',
    ]);
  });

  it('says what replaced a field that no longer exists (level, conferredBy on an honor)', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('    title: 文明单位\n', '    title: 文明单位\n    level: 市级\n'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/units/ceshi-shi-gongan-ju.md:9:12: error: honors.0.level: 字段 level 已取消：级别由授予机关 body 决定（写在 content/bodies/ 的机关文件里），请删除这一行',
    ]);
  });

  it('points an unknown field at its key, and a missing field at its parent', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('sector: 政法系统\n', 'sectr: 政法系统\n'));
    const lines = diagnosticLines(run('check', root).stdout);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/units\/ceshi-shi-gongan-ju\.md:4:1: error: sectr: .*sectr/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/units\/ceshi-shi-gongan-ju\.md:2:1: error: sector: 缺少系统 sector/));
  });

  it('reports a day that does not exist, which YAML would silently roll over', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('date: 2021-12-17', 'date: 2021-02-30'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/units/ceshi-shi-gongan-ju.md:14:15: error: 日期「2021-02-30」不存在，请检查月份和日期',
    ]);
    expect(result.stdout).toContain('honors.0.history.1.date');
  });

  it('reports a broken reference where it is written', () => {
    const root = fixtureCopy();
    edit(root, 'content/lectures/yuedu-yu-wenming.md', (text) => text.replace('organiser: ceshi-shi-tushuguan', 'organiser: ceshi-shi-tushuguang'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/lectures/yuedu-yu-wenming.md:7:12: error: organiser: 找不到「ceshi-shi-tushuguang」：content/units/ 下没有这个文件。是不是 ceshi-shi-tushuguan（测试市图书馆）？',
    ]);
    expect(result.stdout).toContain('修改建议：引用写的是文件名（不带 .md），不是名称，可在 content/units/ 下查到；还没有这个条目就先新建（npm run new）');
  });

  it('suggests the file name when a reference is written as a name, current or former', () => {
    const root = fixtureCopy();
    edit(root, 'content/lectures/yuedu-yu-wenming.md', (text) => text.replace('organiser: ceshi-shi-tushuguan', 'organiser: 测试市少年儿童图书馆').replace('figures: [li-xiao-mei]', 'figures: [李小梅]'));
    expect(diagnosticLines(run('check', root).stdout)).toEqual([
      'content/lectures/yuedu-yu-wenming.md:7:12: error: organiser: 找不到「测试市少年儿童图书馆」：content/units/ 下没有这个文件。是不是 ceshi-shi-tushuguan（测试市图书馆）？',
      'content/lectures/yuedu-yu-wenming.md:10:11: error: figures.0: 找不到「李小梅」：content/figures/ 下没有这个文件。是不是 li-xiao-mei（李小梅）？',
    ]);
  });

  it('refuses a link from a published entry to a draft, which has no page', () => {
    const root = fixtureCopy();
    edit(root, 'content/figures/li-xiao-mei.md', (text) => text.replace('---\n', '---\ndraft: true\n'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/lectures/yuedu-yu-wenming.md:10:11: error: figures.0: 「li-xiao-mei」是草稿（draft: true），不会发布，这里的链接会指向不存在的页面',
    ]);
    expect(result.stdout).toContain('修改建议：先把那个条目写完并发布（删除它的 draft: true），或暂时去掉这条引用');
    expect(result.stdout).toContain('未完成的条目（1 个）：\n  content/figures/li-xiao-mei.md：草稿，不会发布；已可发布：删除 draft: true 即可\n');
  });

  it('makes every 「待填写」 left in a published entry an error, by field and body line', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('summary: 窗口服务“最多跑一次”，带动机关作风建设。', 'summary: 待填写：一句话介绍这个单位的创建特色').replace('    title: 文明单位', '    title: 待填写：称号'));
    appendFileSync(join(root, 'content/units/ceshi-shi-gongan-ju.md'), '\n待填写：创建事迹。\n');
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/units/ceshi-shi-gongan-ju.md:8:12: error: honors.0.title: 还没有填写（模板里的「待填写：称号」）',
      'content/units/ceshi-shi-gongan-ju.md:15:10: error: summary: 还没有填写（模板里的「待填写：一句话介绍这个单位的创建特色」）',
      'content/units/ceshi-shi-gongan-ju.md:20:1: error: 正文还没有写完（模板里的「待填写：创建事迹。」）',
    ]);
    expect(result.stdout).toContain('修改建议：换成真实内容（文件里这一项上方的注释说明了写法）；还没准备好发布的条目，在字段区加一行 draft: true');
    expect(result.stdout).toContain('未完成的条目（1 个）：\n  content/units/ceshi-shi-gongan-ju.md：还有 3 处「待填写」，构建会失败\n');
  });

  it('lists a draft as unfinished, its problems as warnings marked 草稿, and exits 0', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('---\n', '---\ndraft: true\n').replace('    title: 文明单位', '    title: 待填写：称号').replace('sector: 政法系统\n', ''));
    edit(root, 'content/notices/2026-nimingming.md', (text) => text.replace('units: [ceshi-shi-gongan-ju]', 'units: [ceshi-shi-tushuguan]'));
    const result = run('check', root);
    expect(result.status).toBe(0);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/units/ceshi-shi-gongan-ju.md:2:1: warning: 草稿：sector: 缺少系统 sector（应为文字）',
      'content/units/ceshi-shi-gongan-ju.md:8:12: warning: 草稿：honors.0.title: 还没有填写（模板里的「待填写：称号」）',
    ]);
    expect(result.stdout).toContain('修改建议：换成真实内容（文件里这一项上方的注释说明了写法）\n');
    expect(result.stdout).toContain('未完成的条目（1 个）：\n  content/units/ceshi-shi-gongan-ju.md：草稿，不会发布；发布前还要处理 1 处「待填写」、1 个其他问题\n');
    expect(result.stdout).toContain('0 个错误，2 个警告，1 个草稿不会发布');
  });

  it('refuses a figure without a consent record, saying why', () => {
    const root = fixtureCopy();
    edit(root, 'content/figures/li-xiao-mei.md', (text) => text.replace(/^consent: .*\n/m, ''));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/figures/li-xiao-mei.md:2:1: error: consent: 没有发布同意记录 consent：未取得本人（已故的取得家属）同意的人物不能发布。取得同意后写上 consent:，含 given: true、date（同意的日期）和 note（同意方式、原件存放处）',
    ]);
  });

  it('refuses event dates after the build day: a naming, a review, a consent, a photo, a notice outcome', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-tushuguan.md', (text) => text.replace('date: 2020-12-18', 'date: 2026-12-18'));
    edit(root, 'content/figures/li-xiao-mei.md', (text) => text.replace('date: 2024-05-01', 'date: 2026-05-01'));
    edit(root, 'content/exhibitions/chengshi-yinxiang/index.md', (text) => text.replace('    license: CC BY 4.0', '    license: CC BY 4.0\n    date: 2027-01-01'));
    edit(root, 'content/notices/2026-nimingming.md', (text) => text.replace('outcome: { date: 2026-02-28', 'outcome: { date: 2026-03-28'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/exhibitions/chengshi-yinxiang/index.md:19:11: error: photos.0.date: 拍摄日期 2027-01-01 晚于今天（2026-03-01）：只能记已经发生的事',
      'content/figures/li-xiao-mei.md:9:31: error: consent.date: 发布同意的日期 2026-05-01 晚于今天（2026-03-01）：只能记已经发生的事',
      'content/notices/2026-nimingming.md:10:18: error: outcome.date: 公示结果的决定日期 2026-03-28 晚于今天（2026-03-01）：只能记已经发生的事',
      'content/units/ceshi-shi-tushuguan.md:15:15: error: honors.0.history.0.date: 状态记录「命名」的日期 2026-12-18 晚于今天（2026-03-01）：只能记已经发生的事',
    ]);
    expect(result.stdout).toContain('修改建议：检查年份、月份是否写错；还没有发生的命名、复查、更名等，等发生后再记录');
  });

  it('tells a file saved in GBK to be saved as UTF-8, and still finds personal data in it', () => {
    const root = fixtureCopy();
    const path = join(root, 'content/figures/li-xiao-mei.md');
    writeFileSync(path, iconv.encode(readFileSync(path, 'utf8').replace('李小梅的故事', '联系电话 13912345678。李小梅的故事'), 'gbk'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/figures/li-xiao-mei.md:2:1: error: 文件是 GBK 编码，网站按 UTF-8 读取会把中文变成乱码：请另存为 UTF-8',
      'content/figures/li-xiao-mei.md:13:6: error: 疑似手机号码「139****5678」：个人手机号不得公开发布',
    ]);
    expect(result.stdout).toContain('修改建议：VS Code：点窗口右下角显示编码的地方（如「GBK」）→「通过编码保存」→「UTF-8」');
  });

  it('names a Chinese colon after a field name and an unclosed bracket as what they are', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('sector: 政法系统', 'sector：政法系统'));
    edit(root, 'content/units/ceshi-shi-tushuguan.md', (text) => text.replace(/^region: \[(.*)\]$/m, 'region: [$1'));
    const lines = diagnosticLines(run('check', root).stdout);
    expect(lines).toEqual([
      'content/units/ceshi-shi-gongan-ju.md:4:1: error: YAML 格式错误：字段名「sector」后面是中文冒号「：」，要用英文冒号加一个空格，写成「sector: 」',
      expect.stringMatching(/^content\/units\/ceshi-shi-tushuguan\.md:\d+:9: error: YAML 格式错误：方括号「\[」没有配对的「\]」：列表写在一行里，以「\]」结束，例如 region: \[山西省, 太原市\]$/),
    ]);
  });

  it('says when an image path differs from the file only in letter case', () => {
    const root = fixtureCopy();
    edit(root, 'content/exhibitions/chengshi-yinxiang/index.md', (text) => text.replace('./photos/gray.jpg', './Photos/Gray.JPG'));
    appendFileSync(join(root, 'content/exhibitions/chengshi-yinxiang/index.md'), '\n![一面浅灰色的墙](./photos/GRAY.jpg)\n');
    const lines = diagnosticLines(run('check', root).stdout);
    expect(lines).toEqual([
      'content/exhibitions/chengshi-yinxiang/index.md:12:11: error: photos.0.file: 找不到图片文件「./Photos/Gray.JPG」：文件夹里有「./photos/gray.jpg」，只是字母大小写不同。网站服务器区分大小写，请把路径改成和文件名完全一样',
      'content/exhibitions/chengshi-yinxiang/index.md:24:1: error: 找不到正文中的图片「./photos/GRAY.jpg」：文件夹里有「./photos/gray.jpg」，只是字母大小写不同。网站服务器区分大小写，请把路径改成和文件名完全一样',
    ]);
  });

  it('warns about a photo far larger than the site shows', async () => {
    const root = fixtureCopy();
    await sharp({ create: { width: 6400, height: 4800, channels: 3, background: '#888' } }).jpeg({ quality: 30 }).toFile(join(root, 'content/exhibitions/chengshi-yinxiang/photos/gray.jpg'));
    const result = run('check', root);
    expect(result.status).toBe(0);
    expect(diagnosticLines(result.stdout)).toEqual([
      expect.stringMatching(/^content\/exhibitions\/chengshi-yinxiang\/index\.md:12:11: warning: 照片 content\/exhibitions\/chengshi-yinxiang\/photos\/gray\.jpg 太大（[\d.]+ MB、6400×4800 像素），超过 10 MB 或 3000 万像素的上限$/),
    ]);
    expect(result.stdout).toContain('修改建议：网站上的照片最宽不到 2000 像素；用看图软件把照片缩小到长边 3000 像素左右');
  });

  it('finds an identity-card number in a body, masked in the message', () => {
    const root = fixtureCopy();
    appendFileSync(join(root, 'content/figures/li-xiao-mei.md'), '\n身份证：11010519491231002X。\n');
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/figures/li-xiao-mei.md:15:5: error: 疑似身份证号码「110105********002X」：身份证号属于个人信息，不得公开发布',
    ]);
    expect(result.stdout).not.toContain('11010519491231002X');
  });

  it('finds a mobile number in frontmatter, also written with +86 and spaces, but not inside a longer run of digits', () => {
    const root = fixtureCopy();
    edit(root, 'content/notices/2026-nimingming.md', (text) =>
      text.replace(
        "{ label: 电话, value: 0351-1234567 }",
        "{ label: 电话, value: '13912345678' }\n  - { label: 微信, value: '+86 139 1234 5678' }\n  - { label: 账号, value: '6222013912345678901' }",
      ),
    );
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/notices/2026-nimingming.md:7:26: error: 疑似手机号码「139****5678」：个人手机号不得公开发布',
      'content/notices/2026-nimingming.md:8:26: error: 疑似手机号码「+86 139 **** 5678」：个人手机号不得公开发布',
    ]);
  });

  it('finds a GPS position in a photo and reports it where the photo is used', () => {
    const root = fixtureCopy();
    copyFileSync(join(REPO, 'tests/fixtures/photos/with-gps.jpg'), join(root, 'content/exhibitions/chengshi-yinxiang/photos/gray.jpg'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    const [line] = diagnosticLines(result.stdout);
    expect(line).toMatch(/^content\/exhibitions\/chengshi-yinxiang\/index\.md:12:11: error: 照片 content\/exhibitions\/chengshi-yinxiang\/photos\/gray\.jpg 带有 GPS 位置信息/);
    expect(result.stdout).toContain('exiftool -gps:all=');
  });

  it('reports a missing image and weak alt text', () => {
    const root = fixtureCopy();
    edit(root, 'content/exhibitions/chengshi-yinxiang/index.md', (text) => text.replace('./photos/gray.jpg', './photos/grey.jpg').replace('alt: 一面浅灰色的墙', 'alt: 图片'));
    const lines = diagnosticLines(run('check', root).stdout);
    expect(lines).toEqual([
      'content/exhibitions/chengshi-yinxiang/index.md:12:11: error: photos.0.file: 找不到图片文件「./photos/grey.jpg」（路径相对于本文件所在的文件夹）',
      'content/exhibitions/chengshi-yinxiang/index.md:15:10: warning: 替代文字「图片」没有说明图片内容',
    ]);
  });

  it('reports a missing image in the body and alt text that says nothing, as the site parses the body', () => {
    const root = fixtureCopy();
    appendFileSync(
      join(root, 'content/exhibitions/chengshi-yinxiang/index.md'),
      '\n![](./photos/gray.jpg)\n\n![一面浅灰色的墙](./photos/nope.jpg)\n\n![照片][wall]\n\n[wall]: ./photos/gray.jpg\n\n![远处的山](https://example.org/a.jpg)\n',
    );
    const result = run('check', root);
    expect(result.status).toBe(1);
    const lines = diagnosticLines(result.stdout).map((line) => line.replace(/^content\/exhibitions\/chengshi-yinxiang\/index\.md:(\d+):\d+: /, 'L$1 '));
    const bodyStart = readFileSync(join(FIXTURE, 'content/exhibitions/chengshi-yinxiang/index.md'), 'utf8').split('\n').length;
    expect(lines).toEqual([
      `L${bodyStart + 1} warning: 正文图片没有替代文字（方括号里是空的）`,
      `L${bodyStart + 3} error: 找不到正文中的图片「./photos/nope.jpg」（路径相对于本文件所在的文件夹）`,
      `L${bodyStart + 5} warning: 正文图片的替代文字「照片」没有说明图片内容`,
    ]);
  });

  it('reports an MDX body the site cannot parse, at its line', () => {
    const root = fixtureCopy();
    const lecture = join(root, 'content/lectures/yuedu-yu-wenming');
    renameSync(`${lecture}.md`, `${lecture}.mdx`);
    appendFileSync(`${lecture}.mdx`, '\n<div>讲座 {未闭合\n');
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      expect.stringMatching(/^content\/lectures\/yuedu-yu-wenming\.mdx:16:1: error: 正文无法解析：Expected a closing tag for `<div>`/),
    ]);
  });

  it('validates batch files (one decision: body + term) with the site schema, and refuses a batch no honor makes', () => {
    const root = fixtureCopy();
    mkdirSync(join(root, 'content/batches'));
    writeFileSync(join(root, 'content/batches/ceshi-shi-wenmingwei-2018.yaml'), 'body: ceshi-shi-wenmingwei\nterm: 2018年度\nstages:\n  申报: { total: 12 }\n  命名: { total: 9 }\n');
    writeFileSync(join(root, 'content/batches/ceshi-shi-wenmingwei-2020.yaml'), 'body: ceshi-shi-wenmingwei\nterm: 2020年度\nstages:\n  申报: { total: 12 }\n  命名: { total: 15 }\n');
    writeFileSync(join(root, 'content/batches/ceshi-shi-wenmingwei-2021.yml'), 'body: ceshi-shi-wenmingwei\nterm: 2021年度\n');
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/batches/ceshi-shi-wenmingwei-2020.yaml:5:16: error: stages.命名.total: 命名 15 个多于申报 12 个：后一环节不会多于前一环节，请核对',
      'content/batches/ceshi-shi-wenmingwei-2021.yml:1:1: error: 没有哪个单位的荣誉属于这一批（授予机关 ceshi-shi-wenmingwei、届次「2021年度」）',
    ]);
    expect(result.stdout).toContain('检查了 10 个条目');
  });

  it('reports duplicate slugs (foo.md and foo.mdx) and two units with the same name', () => {
    const root = fixtureCopy();
    copyFileSync(join(root, 'content/units/ceshi-shi-gongan-ju.md'), join(root, 'content/units/ceshi-shi-gongan-ju.mdx'));
    const lines = diagnosticLines(run('check', root).stdout);
    expect(lines).toContainEqual('content/units/ceshi-shi-gongan-ju.md:1:1: error: 网址重复：与 content/units/ceshi-shi-gongan-ju.mdx 的网址相同（都是 units/ceshi-shi-gongan-ju/）');
    expect(lines).toContainEqual('content/units/ceshi-shi-gongan-ju.mdx:2:7: error: 单位名称「测试市公安局」与 content/units/ceshi-shi-gongan-ju.md 重复');
  });

  it('warns (exit 0) about characters the share-image font lacks, in every field a share image prints', () => {
    const root = fixtureCopy();
    edit(root, 'content/figures/li-xiao-mei.md', (text) => text.replace('name: 李小梅', 'name: 李𪚥梅'));
    edit(root, 'content/lectures/yuedu-yu-wenming.md', (text) => text.replace('name: 王明', 'name: 王𪚥'));
    edit(root, 'content/settings.yaml', (text) => text.replace(/^siteName: (.*)$/m, 'siteName: $1𪚥'));
    // The summary is not printed on a share image: the reader's own fonts show it.
    edit(root, 'content/notices/2026-nimingming.md', (text) => text.replace(/^summary: (.*)$/m, 'summary: $1𪚥'));
    const result = run('check', root);
    expect(result.status).toBe(0);
    expect(diagnosticLines(result.stdout)).toEqual([
      expect.stringMatching(/^content\/figures\/li-xiao-mei\.md:2:7: warning: name: 分享图字体里没有「𪚥」\(U\+2A6A5\)，这些字在分享图上会显示为空白$/),
      expect.stringMatching(/^content\/lectures\/yuedu-yu-wenming\.md:9:\d+: warning: speakers\.0\.name: 分享图字体里没有「𪚥」/),
      expect.stringMatching(/^content\/settings\.yaml:\d+:\d+: warning: siteName: 分享图字体里没有「𪚥」/),
    ]);
  });

  it('warns (exit 0) about a notice whose window closed with no outcome', () => {
    const root = fixtureCopy();
    edit(root, 'content/notices/2026-nimingming.md', (text) => text.replace(/^outcome: .*\n/m, ''));
    const result = run('check', root);
    expect(result.status).toBe(0);
    expect(diagnosticLines(result.stdout)).toEqual(['content/notices/2026-nimingming.md:5:35: warning: 公示已于 2026-02-26 结束，但还没有填写结果 outcome']);
  });

  it('reports a YAML syntax error with its position', () => {
    const root = fixtureCopy();
    edit(root, 'content/units/ceshi-shi-gongan-ju.md', (text) => text.replace('sector: 政法系统', 'sector: 政法系统\n  kind: 党政机关'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)[0]).toMatch(/^content\/units\/ceshi-shi-gongan-ju\.md:4:9: error: YAML 格式错误：/);
    expect(result.stdout).toContain('修改建议：对照同类的其他文件修正格式');
  });

  it('reports a YAML syntax error in the settings with its position and a hint', () => {
    const root = fixtureCopy();
    edit(root, 'content/settings.yaml', (text) => text.replace(/^siteName: (.*)$/m, 'siteName: $1\n  tagline: 测试'));
    const result = run('check', root);
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([expect.stringMatching(/^content\/settings\.yaml:1:\d+: error: YAML 格式错误：/)]);
    expect(result.stdout).toContain('修改建议：对照同类的其他文件修正格式');
  });

  it('warns about Markdown files the site never loads (a misspelt folder, one folder too deep)', () => {
    const root = fixtureCopy();
    const unit = readFileSync(join(root, 'content/units/ceshi-shi-tushuguan.md'), 'utf8').replace('name: 测试市图书馆', 'name: 测试市文化馆');
    mkdirSync(join(root, 'content/unit'));
    writeFileSync(join(root, 'content/unit/ceshi-shi-wenhuaguan.md'), unit);
    mkdirSync(join(root, 'content/units/2026'));
    writeFileSync(join(root, 'content/units/2026/ceshi-shi-wenhuaguan.md'), unit);
    const result = run('check', root);
    expect(result.status).toBe(0);
    expect(diagnosticLines(result.stdout)).toEqual([
      'content/unit/ceshi-shi-wenhuaguan.md:1:1: warning: 网站不会读取这个文件，它不会出现在任何页面上',
      'content/units/2026/ceshi-shi-wenhuaguan.md:1:1: warning: 网站不会读取这个文件，它不会出现在任何页面上',
    ]);
  });

  it('explains an unknown option in Chinese, with the options it knows', () => {
    const result = run('check', fixtureCopy(), ['--fix']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('错误：不认识的选项 --fix。可用的选项：--root、--today、--help（--help 查看用法）\n');
  });

  it('validates the site settings with the same schema as the build', () => {
    const root = fixtureCopy();
    edit(root, 'content/settings.yaml', (text) => text.replace('basePath: /', 'basePath: sub'));
    expect(diagnosticLines(run('check', root).stdout)).toEqual([
      'content/settings.yaml:4:11: error: basePath: basePath 应以 / 开头并以 / 结尾，例如 / 或 /wenming/',
    ]);
  });
});
