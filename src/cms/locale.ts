/**
 * Sveltia CMS's Chinese interface: the package's own locales/zh-CN.json, plus what it lacks and
 * what our editors would misread. Sveltia falls back to English for a missing key, and the
 * package's Chinese covers 880 of 991 (0.221.1); the ones below are those an editor meets while
 * editing and saving (the pane with the file name, 「显示错误」, conflicts, image buttons). The
 * configuration's own error messages stay in English: they are for whoever changes
 * src/cms/, not for editors.
 *
 * The package calls the slug 「别名」; here it is the 「文件名」 the form's hints speak of. One of
 * its strings doubles a character (「在在线站点查看」).
 * tests/cms/config.test.ts fails when a key below no longer exists in the package (an upgrade
 * renamed it), so stale strings do not pile up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Strings = { [key: string]: string | Strings };

export const ZH_CN_ADDITIONS: Strings = {
  slug: '文件名',
  edit_slug: '修改文件名',
  edit_slug_error: {
    empty: '文件名不能为空。',
    invalid: '文件名不能包含特殊字符（包括斜杠和空格）。',
    duplicate: '这个文件名已被其他条目使用。',
  },
  sort_keys: { slug: '文件名' },
  config: { error: { invalid_slug_slash: '文件名模板「{$slug}」无效：不能包含斜杠。要按子文件夹存放条目，请用 `path` 选项而不是 `slug`。' } },
  entry_sidebar: {
    slug: {
      title: '文件名（网址）',
      generated_on_save: '保存时按条目内容生成文件名。',
      unavailable: '这个条目没有文件名。',
    },
  },
  // The package's reads 「在在线站点查看」.
  view_on_live_site: '在网站上查看',
  show_errors: '显示错误',
  select_item: '选择{$name}',
  list_item_options: '列表项选项',
  file_unavailable: '无法显示',
  file_unavailable_description: '这个文件无法加载，可能已被移动或删除。',
  replace_file: '替换文件',
  replace_image: '替换图片',
  remove_file: '移除文件',
  remove_image: '移除图片',
  sign_in_using_access_token_workflow_note: '本站启用了「审核后发布」，令牌还需要拉取请求（合并请求）的读写权限。',
  save_conflict: {
    title: '条目已被别人修改',
    modified_by: '{$name} 在 {$date} 修改了这个条目，那时您已打开它。',
    modified: '您打开这个条目之后，仓库里的它被修改了。',
    deleted: '您打开这个条目之后，仓库里的它被删除了。',
    overwrite_warning: '现在保存会覆盖对方的修改。',
    recreate_warning: '现在保存会重新创建这个条目。',
    save_anyway: '仍然保存',
    branch_moved: '保存时仓库被别人更新了，请再保存一次。',
  },
  remote_change: {
    reload_entry: '重新载入条目',
    confirm_reloading_entry: '确定重新载入条目吗？未保存的修改会丢失。',
  },
  relation_field: {
    save_together_hint: '新的{$name}会与正在编辑的条目一起保存。',
    add_failed: '无法添加{$name}，详情见浏览器控制台。',
  },
  status: { deploying: '正在发布' },
};

/** `base` with `additions` written over it, nested objects merged key by key. */
export function mergeStrings(base: Strings, additions: Strings): Strings {
  const merged: Strings = { ...base };
  for (const [key, value] of Object.entries(additions)) {
    const under = merged[key];
    merged[key] = typeof value === 'object' && typeof under === 'object' ? mergeStrings(under, value) : value;
  }
  return merged;
}

/** The package's strings for a locale (e.g. `zh-CN`, `en-US`). */
export const packageStrings = (packageDir: string, locale: string): Strings =>
  JSON.parse(readFileSync(join(packageDir, 'locales', `${locale}.json`), 'utf8'));
