import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, standInHelpers } from '../../scripts/lib/schemas.ts';
import { slugFromName, uniqueSlug } from '../../scripts/lib/slugify.ts';
import { diagnosticLines, fixtureCopy, NODE, REPO, run } from './helpers.ts';

describe('npm run new', () => {
  const KINDS = [
    ['unit', '测试市第二中学', 'content/units/ceshi-shi-dier-zhongxue.md', 'units/ceshi-shi-dier-zhongxue'],
    ['figure', '王秀英', 'content/figures/wang-xiu-ying.md', 'figures/wang-xiu-ying'],
    ['lecture', '做新时代的追梦人', 'content/lectures/zuo-xinshidai-de-zhui-meng-ren.md', 'lectures/zuo-xinshidai-de-zhui-meng-ren'],
    ['exhibition', '文明创建巡礼', 'content/exhibitions/wenming-chuangjian-xunli/index.md', 'exhibitions/wenming-chuangjian-xunli'],
    ['notice', '2026年度文明单位复查公示', 'content/notices/2026-niandu-wenming-danwei-fucha-gongshi.md', 'notices/2026-niandu-wenming-danwei-fucha-gongshi'],
    ['news', '关于开展文明单位复查的通知', 'content/news/guanyu-kaizhan-wenming-danwei-fucha-de-tongzhi.md', 'news/guanyu-kaizhan-wenming-danwei-fucha-de-tongzhi'],
  ] as const;

  /** Scaffolds one entry of every kind into the site at `root`. */
  function scaffoldEveryKind(root: string): void {
    for (const [kind, name, file] of KINDS) {
      const result = run('new', root, [kind, name]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`已创建 ${file}`);
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).toContain(name);
      expect(text).toMatch(/^# /m);
    }
  }

  it('writes every kind as a draft that check lists as unfinished, without an error', () => {
    const root = fixtureCopy();
    scaffoldEveryKind(root);
    const check = run('check', root);
    expect(check.status).toBe(0);
    const lines = diagnosticLines(check.stdout);
    expect(lines.length).toBeGreaterThan(KINDS.length);
    for (const line of lines) expect(line).toMatch(/: warning: 草稿：/);
    expect(check.stdout).toContain(`未完成的条目（${KINDS.length} 个）：`);
    for (const [, , file] of KINDS) expect(check.stdout).toMatch(new RegExp(`\\n  ${file}：草稿，不会发布；发布前还要处理 \\d+ 处「待填写」`));
  });

  it('claims nothing: no consent, no reference, no date, level, category or region it was not given', () => {
    const root = fixtureCopy();
    scaffoldEveryKind(root);
    const text = (file: string) => readFileSync(join(root, file), 'utf8');
    const frontmatter = (file: string) => text(file).split('\n---\n')[0]!;
    for (const [, , file] of KINDS) {
      expect(frontmatter(file)).toMatch(/^draft: true$/m);
      // No value copied from the fixture's entries (测试市, 山西省, a unit's slug) nor today's date;
      // the name or title is the one given on the command line.
      expect(frontmatter(file).replace(/^(\s*#|name: |title: ).*$/gm, '')).not.toMatch(/山西省|测试市|ceshi-|2026-03-01|\b2026\b/);
    }
    const figure = frontmatter('content/figures/wang-xiu-ying.md');
    expect(figure).not.toMatch(/^consent:/m);
    expect(figure).toMatch(/^# consent:\n#   given: true\n#   date: 待填写：同意的日期$/m);
    expect(figure).toMatch(/^# unit: /m);
    expect(figure).toContain('category: 待填写：类别');
    expect(frontmatter('content/lectures/zuo-xinshidai-de-zhui-meng-ren.md')).toMatch(/^organiser: 待填写：office 或主办单位的文件名$/m);
    const notice = frontmatter('content/notices/2026-niandu-wenming-danwei-fucha-gongshi.md');
    expect(notice).toMatch(/^units: \[\]$/m);
    expect(notice).toMatch(/^figures: \[\]$/m);
    expect(notice).toMatch(/^published: 待填写：发布日期$/m);
    expect(existsSync(join(root, 'content/exhibitions/wenming-chuangjian-xunli/photos'))).toBe(true);
    expect(readdirSync(join(root, 'content/exhibitions/wenming-chuangjian-xunli/photos'))).toEqual([]);
  });

  it('writes the references asked for, by file name or by name, and refuses names it cannot find', () => {
    const root = fixtureCopy();
    expect(run('new', root, ['figure', '王秀英', '--unit', '测试市少年儿童图书馆']).status).toBe(0);
    expect(readFileSync(join(root, 'content/figures/wang-xiu-ying.md'), 'utf8')).toMatch(/^unit: ceshi-shi-tushuguan$/m);
    expect(run('new', root, ['notice', '复查公示', '--units', 'ceshi-shi-gongan-ju、测试市图书馆', '--figures', '李小梅']).status).toBe(0);
    const notice = readFileSync(join(root, 'content/notices/fucha-gongshi.md'), 'utf8');
    expect(notice).toMatch(/^units: \[ceshi-shi-gongan-ju, ceshi-shi-tushuguan\]$/m);
    expect(notice).toMatch(/^figures: \[li-xiao-mei\]$/m);
    expect(run('new', root, ['lecture', '阅读课', '--organiser', 'ceshi-shi-tushuguan']).status).toBe(0);
    expect(readFileSync(join(root, 'content/lectures/yuedu-ke.md'), 'utf8')).toMatch(/^organiser: ceshi-shi-tushuguan$/m);
    expect(run('new', root, ['lecture', '本办讲座', '--organiser', 'office']).status).toBe(0);
    expect(readFileSync(join(root, 'content/lectures/ben-ban-jiangzuo.md'), 'utf8')).toMatch(/^organiser: office$/m);

    const typo = run('new', root, ['lecture', '讲座', '--organiser', 'ceshi-shi-tushugaun']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe('错误：--organiser：找不到「ceshi-shi-tushugaun」（content/units/ 下没有这个文件名或名称）。是不是 ceshi-shi-tushuguan（测试市图书馆）？\n');
    const wrongKind = run('new', root, ['unit', '测试市第九中学', '--organiser', 'ceshi-shi-tushuguan']);
    expect(wrongKind.stderr).toBe('错误：--organiser 不适用于这类条目\n');
    const two = run('new', root, ['figure', '张三', '--unit', 'ceshi-shi-tushuguan,ceshi-shi-gongan-ju']);
    expect(two.stderr).toBe('错误：--unit 只能写一个所在单位（现在是「ceshi-shi-tushuguan,ceshi-shi-gongan-ju」）\n');
  });

  it('turns each 「待填写」 left into an error once the draft line is deleted', () => {
    const root = fixtureCopy();
    run('new', root, ['figure', '王秀英']);
    const file = join(root, 'content/figures/wang-xiu-ying.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
    const check = run('check', root);
    expect(check.status).toBe(1);
    const lines = diagnosticLines(check.stdout);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/figures\/wang-xiu-ying\.md:\d+:\d+: error: category: 还没有填写（模板里的「待填写：类别」）$/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/figures\/wang-xiu-ying\.md:\d+:1: error: consent: 没有发布同意记录 consent：/));
    expect(lines.every((line) => line.includes(': error: '))).toBe(true);
  });

  it('writes every field of the schema, each under a comment (optional ones commented out)', () => {
    const root = fixtureCopy();
    scaffoldEveryKind(root);
    for (const [, , file] of KINDS) {
      const collection = file.split('/')[1] as keyof typeof SCHEMAS;
      const text = readFileSync(join(root, file), 'utf8');
      const frontmatter = text.slice(0, text.indexOf('\n---\n'));
      const paths = fieldPaths(SCHEMAS[collection](standInHelpers(join(root, file))));
      expect(paths).toContain('summary');
      for (const path of paths) {
        const key = path.split('.').at(-1)!;
        expect(frontmatter, `${file}: ${path}`).toMatch(new RegExp(`(^|[\\s#{,-])${key}:`, 'm'));
      }
      // Each top-level field follows a comment that explains it (two related fields may share one).
      const lines = frontmatter.split('\n').slice(1);
      for (const [i, line] of lines.entries()) {
        if (/^[a-zA-Z]+:/.test(line)) expect(lines[i - 1], `${file}: ${line}`).toMatch(/^#|^[a-zA-Z]+: \S/);
      }
    }
  });

  // The one site build of the editor tests: untouched scaffolds are drafts, which never break a
  // build and never become pages.
  it('leaves untouched scaffolds out of a build that still succeeds', () => {
    const root = fixtureCopy(join(REPO, '.cache'));
    scaffoldEveryKind(root);
    const build = spawnSync(NODE, ['scripts/build.ts', '--outDir', join(root, 'dist'), '--silent'], {
      cwd: REPO,
      encoding: 'utf8',
      env: {
        ...process.env,
        BANGYANG_CONTENT_DIR: `${relative(REPO, root)}/content`,
        // Caches of its own, deleted with the copy: this build must not touch the shared ones.
        BANGYANG_ASTRO_CACHE: join(root, 'astro-cache'),
        BANGYANG_OG_CACHE: join(root, 'og-cache'),
        BASE_PATH: '',
        BUILD_DATE: '2026-03-01',
      },
    });
    expect(build.stderr).not.toContain('构建失败');
    expect(build.status).toBe(0);
    expect(existsSync(join(root, 'dist/units/ceshi-shi-gongan-ju/index.html'))).toBe(true);
    for (const [, , , page] of KINDS) expect(existsSync(join(root, 'dist', page)), page).toBe(false);
  }, 300_000);

  it('gives a colliding slug a suffix', () => {
    const root = fixtureCopy();
    run('new', root, ['notice', '复查公示']);
    const second = run('new', root, ['notice', '复查公示']);
    expect(second.stdout).toContain('已创建 content/notices/fucha-gongshi-2.md');
  });

  it('refuses a second unit with the same name (after normalising), pointing at the existing file', () => {
    const result = run('new', fixtureCopy(), ['单位', '测试市 公安局']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('已经有名为「测试市 公安局」的单位：content/units/ceshi-shi-gongan-ju.md');
  });

  it('refuses a unit under a former name of an existing unit, naming its current name', () => {
    const result = run('new', fixtureCopy(), ['unit', '测试市少年儿童图书馆']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('「测试市少年儿童图书馆」是「测试市图书馆」的曾用名：content/units/ceshi-shi-tushuguan.md');
  });

  it('explains an unknown kind', () => {
    const result = run('new', fixtureCopy(), ['person', '王秀英']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('不认识的类型「person」');
  });
});

describe('slugs', () => {
  it('spells words in pinyin, keeps Latin letters and digits, and caps the length', () => {
    expect(slugFromName('山西省公安厅')).toBe('shanxisheng-gongan-ting');
    expect(slugFromName('绿色ＡＢＣ 2024')).toMatch(/^lvse-abc-2024$/);
    expect(slugFromName('山西省人力资源和社会保障厅机关服务中心第一党支部志愿服务队').length).toBeLessThanOrEqual(48);
    expect(slugFromName('！！')).toBe('tiaomu');
  });
  it('adds -2, -3 to a taken slug', () => {
    const taken = new Set(['foo', 'foo-2']);
    expect(uniqueSlug('foo', (slug) => taken.has(slug))).toBe('foo-3');
  });
});

/** Every field a schema declares, as dotted paths, through optional, default, list and union wrappers. */
/** `removed(…)`: an optional field that accepts nothing (src/schemas/honors.ts). */
function isRemoved(schema: unknown): boolean {
  const def = (schema as { _zod?: { def: Record<string, unknown> } })._zod?.def;
  const inner = def?.type === 'optional' ? (def.innerType as { _zod?: { def: Record<string, unknown> } })._zod?.def : undefined;
  return inner?.type === 'custom';
}

function fieldPaths(schema: unknown, prefix = ''): string[] {
  const def = (schema as { _zod?: { def: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  if (def.type === 'object') {
    // A field that no longer exists (level, conferredBy, host…) is only there to say what replaced it.
    return Object.entries(def.shape as Record<string, unknown>)
      .filter(([, inner]) => !isRemoved(inner))
      .flatMap(([key, inner]) => [prefix + key, ...fieldPaths(inner, `${prefix}${key}.`)]);
  }
  if (def.type === 'union') return (def.options as unknown[]).flatMap((option) => fieldPaths(option, prefix));
  const inner = def.innerType ?? def.in ?? def.element;
  return inner ? fieldPaths(inner, prefix) : [];
}
