/**
 * Things that must be unique: URL slugs within a collection (foo.md and foo.mdx clash), unit
 * names (the import matches units by name), and slugs must be usable as written.
 */
import { asDraftNote, type Diagnostic } from '../diagnostics.ts';
import { isDraft } from '../../../src/lib/drafts.ts';
import { isValidSlug } from '../../../src/lib/slugs.ts';
import { normaliseName } from '../names.ts';
import { slugFromName } from '../slugify.ts';
import type { LoadedEntry } from '../load-content.ts';

export function findDuplicates(entries: readonly LoadedEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];

  const bySlug = groupBy(entries, (entry) => `${entry.collection}/${entry.id}`);
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      diagnostics.push({
        file: entry.file,
        line: 1,
        col: 1,
        severity: 'error',
        message: `网址重复：与 ${others.join('、')} 的网址相同（都是 ${entry.collection}/${entry.id}/）`,
        hint: '删除多余的一个文件，或把其中一个改名',
      });
    }
  }

  for (const entry of entries) {
    if (isValidSlug(entry.id)) continue;
    const label = typeof entry.data?.name === 'string' ? entry.data.name : typeof entry.data?.title === 'string' ? entry.data.title : entry.id;
    const diagnostic: Diagnostic = {
      file: entry.file,
      line: 1,
      col: 1,
      severity: 'error',
      message: `文件名「${entry.id}」不能用作网址：只能用小写字母、数字和连字符`,
      hint: `把文件${entry.collection === 'exhibitions' ? '夹' : ''}改名，例如 ${slugFromName(label)}（用 git mv 改名，引用它的地方也要一起改）`,
    };
    diagnostics.push(isDraft(entry.data) ? asDraftNote(diagnostic) : diagnostic);
  }

  const units = entries.filter((entry) => entry.collection === 'units' && entry.data);
  const byName = groupBy(units, (entry) => normaliseName(String(entry.data!.name ?? '')));
  for (const [name, group] of byName) {
    if (!name || group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      diagnostics.push({
        file: entry.file,
        ...entry.locate(['name']),
        severity: 'error',
        message: `单位名称「${String(entry.data!.name)}」与 ${others.join('、')} 重复`,
        hint: '同一单位只保留一个文件，把荣誉合并到其中的 honors 里；确是两个单位的，写全称加以区分',
      });
    }
  }
  for (const entry of units) {
    const formerNames = Array.isArray(entry.data!.formerNames) ? (entry.data!.formerNames as { name?: unknown }[]) : [];
    for (const [i, former] of formerNames.entries()) {
      const owner = byName.get(normaliseName(String(former?.name ?? '')));
      const other = owner?.find((candidate) => candidate !== entry);
      if (!other) continue;
      diagnostics.push({
        file: entry.file,
        ...entry.locate(['formerNames', i, 'name']),
        severity: 'warning',
        message: `曾用名「${String(former.name)}」是 ${other.file} 现在的名称，导入名单时无法判断该归哪个单位`,
        hint: '确认是否为同一单位：是则合并两个文件，否则在名称中写明区别',
      });
    }
  }

  const figures = entries.filter((entry) => entry.collection === 'figures' && entry.data);
  for (const group of groupBy(figures, (entry) => normaliseName(String(entry.data!.name ?? ''))).values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      diagnostics.push({
        file: entry.file,
        ...entry.locate(['name']),
        severity: 'warning',
        message: `人物「${String(entry.data!.name)}」与 ${group.filter((other) => other !== entry).map((other) => other.file).join('、')} 同名`,
        hint: '如是同一人，合并为一个文件；如是不同的人，可以忽略这条提醒',
      });
    }
  }
  return diagnostics;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
