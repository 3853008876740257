/**
 * UI strings live in one dictionary per language, read with dotted keys: t('units.title').
 * `{name}` placeholders are filled from the second argument.
 */
// The attribute lets plain Node (the editors' scripts, scripts/deploy/) load it as Vite does.
import zhCN from './zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof zhCN;

export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}
