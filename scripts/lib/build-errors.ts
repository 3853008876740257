/**
 * A failed build, explained to the editor who caused it: the file (and line when known), what
 * is wrong, and how to fix it, in Chinese. Astro's own errors are precise but English, and some
 * do not say which entry they come from; the three an editor meets most are rewritten here:
 * unreadable YAML (re-read with the editors' parser, which gives the line and a Chinese
 * message), frontmatter that fails its schema, and an image path that leads nowhere.
 * Anything else is passed through with Astro's location and hint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { walkFiles } from './content-files.ts';
import { FrontmatterError, parseSource } from './frontmatter.ts';

export interface BuildFailure {
  name?: string;
  message: string;
  hint?: string;
  loc?: { file?: string; line?: number };
  /** Set when the bundler gathered several errors; the first one is explained. */
  errors?: BuildFailure[];
}

const SCHEMA_HINT = '按上面每一行修改：冒号前是字段，后面是问题和可选的值。各字段的写法见 EDITING.md，或运行 npm run check 查看行号。';
const YAML_HINT = '字段名后是英文冒号加一个空格；缩进只用空格，不用 Tab；含冒号、#、引号或方括号的文字请整体加引号。';
const IMAGE_HINT = '图片路径相对于条目文件所在的文件夹（例如 ./cover.jpg）。请检查文件名、扩展名和大小写，或把图片放到条目旁边。';

/** The lines printed under “构建失败”. `root` makes paths relative; `contentDir` is searched for image paths. */
export function explainBuildError(error: BuildFailure, root: string, contentDir: string): string[] {
  const inner = error.errors?.find((candidate) => candidate.name) ?? error.errors?.[0];
  if (inner) return explainBuildError(inner, root, contentDir);
  const at = (file: string, line?: number) => `${relative(root, resolve(root, file))}${line ? `:${line}` : ''}`;

  if (error.name === 'MarkdownError' && error.loc?.file && existsSync(error.loc.file)) {
    try {
      parseSource(readFileSync(error.loc.file, 'utf8'));
    } catch (yaml) {
      if (yaml instanceof FrontmatterError) return [`${at(error.loc.file, yaml.line)}: ${yaml.message}`, `提示：${YAML_HINT}`];
    }
    return [`${at(error.loc.file, error.loc.line)}: YAML 格式错误：${error.message}`, `提示：${YAML_HINT}`];
  }

  if (error.name === 'InvalidContentEntryDataError' && error.loc?.file) {
    const [, ...fields] = error.message.replace(/\*\*/g, '').split('\n');
    // Astro repeats the field before some messages (`host: host: Required`); once is enough.
    const issues = fields.filter((line) => line.trim()).map((line) => `  - ${line.trim().replace(/^([\w.]+): \1: /, '$1: ')}`);
    return [`${at(error.loc.file)} 的内容不符合要求：`, ...issues, `提示：${SCHEMA_HINT}`];
  }

  if (error.name === 'ImageNotFound') {
    const path = /`([^`]+)`/.exec(error.message)?.[1] ?? '';
    const users = filesMissingImage(contentDir, path).map(({ file, line }) => at(file, line));
    return [
      ...(users.length ? users.map((user) => `${user}: 找不到图片「${path}」`) : [`找不到图片「${path}」`]),
      `提示：${IMAGE_HINT}`,
    ];
  }

  return [
    error.message,
    ...(error.loc?.file ? [`位置：${at(error.loc.file, error.loc.line)}`] : []),
    ...(error.hint ? [`提示：${error.hint}`] : []),
  ];
}

/**
 * Entry files (and exhibitions' photos.csv) that mention `path` and have no such file beside
 * them, with the line.
 */
export function filesMissingImage(contentDir: string, path: string): { file: string; line: number }[] {
  if (!path) return [];
  return walkFiles(contentDir)
    .filter((file) => /\.(md|mdx|ya?ml|csv)$/.test(file))
    .flatMap((file) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      const line = lines.findIndex((text) => text.includes(path));
      return line >= 0 && !existsSync(join(dirname(file), path)) ? [{ file, line: line + 1 }] : [];
    });
}
