/** Schema issues, made into diagnostics at the line and column of the field. */
import type { z } from 'astro/zod';
import type { Collection } from '../../../src/schemas/context.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { FrontmatterError, parseSource, yamlErrorDiagnostic, type ParsedSource } from '../frontmatter.ts';
import { findPersonalData } from './personal-data.ts';
import { hasPlaceholder } from './placeholders.ts';
import { schemaFile } from '../schemas.ts';
import { fieldPath } from '../../../src/lib/errors.ts';

const HAS_CJK = /[\u4e00-\u9fff]/;

/** Turns each zod issue into one diagnostic (one per unknown key). */
export function issuesToDiagnostics(
  file: string,
  parsed: ParsedSource,
  issues: readonly z.core.$ZodIssue[],
  schemaDoc: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        diagnostics.push({
          file,
          ...parsed.locate(path, { atKey: true }),
          severity: 'error',
          message: `${fieldPath(path)}: 没有「${key}」这个字段`,
          hint: `检查拼写（字段名区分大小写），或删除这一行；可用的字段及说明见 ${schemaDoc}`,
        });
      }
      continue;
    }
    const message = readableMessage(issue);
    diagnostics.push({
      file,
      ...parsed.locate(issue.path),
      severity: 'error',
      message: `${fieldPath(issue.path)}: ${message}`,
      hint: hintFor(issue, schemaDoc),
    });
  }
  return diagnostics;
}

/**
 * An entry's schema issues, less those at a value that still says 「待填写」: that value is
 * reported once, as a placeholder (./placeholders.ts), not also as a bad date or level.
 */
export function schemaDiagnostics(collection: Collection, file: string, parsed: ParsedSource, result: z.ZodSafeParseResult<unknown>): Diagnostic[] {
  if (result.success) return [];
  const issues = result.error.issues.filter((issue) => !hasPlaceholder(valueAt(parsed.data, issue.path)));
  return issuesToDiagnostics(file, parsed, issues, schemaFile(collection));
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const nested = issue.errors.flat().find((inner) => HAS_CJK.test(inner.message));
    if (nested) return nested.message;
  }
  if (HAS_CJK.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') return issue.input === undefined ? `缺少这个字段（应为${typeName(issue.expected)}）` : `类型不对：应为${typeName(issue.expected)}`;
  return `值无效（${issue.message}）`;
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '一组字段', date: '日期' };
  return names[expected] ?? expected;
}

function hintFor(issue: z.core.$ZodIssue, schemaDoc: string): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `补上这个字段；各字段的写法见 ${schemaDoc}，也可以用 npm run new 生成一个模板对照`;
  if (issue.code === 'invalid_value') return '从上面列出的可选值中选一个，原样复制，不要增减文字或空格';
  if (issue.code === 'too_big') return '删减文字，控制在上限以内';
  if (issue.code === 'too_small') return '至少填写一项，格式可参考同类的其他条目';
  return `按上面的说明改正；该字段的说明和示例见 ${schemaDoc}`;
}

/**
 * A YAML data file (the settings, a batch): personal data, then its syntax, then its schema.
 * `parsed` is returned when the file is valid, for the checks that read its values.
 */
export function checkYamlFile(file: string, text: string, schema: z.ZodType, schemaDoc: string): { diagnostics: Diagnostic[]; parsed?: ParsedSource } {
  const personal = findPersonalData(file, text);
  let parsed: ParsedSource;
  try {
    parsed = parseSource(text, { wholeFileIsYaml: true });
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { diagnostics: [...personal, yamlErrorDiagnostic(file, error)] };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { diagnostics: [...personal, ...issuesToDiagnostics(file, parsed, result.error.issues, schemaDoc)] };
  return { diagnostics: personal, parsed };
}
