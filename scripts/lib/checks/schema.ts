/** Schema issues, made into diagnostics at the line and column of the field. */
import type { z } from 'astro/zod';
import type { Collection } from '../../../src/schemas/context.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { FrontmatterError, parseSource, yamlErrorDiagnostic, type ParsedSource } from '../frontmatter.ts';
import { findPersonalData } from './personal-data.ts';
import { hasPlaceholder } from './placeholders.ts';
import { schemaFile } from '../schemas.ts';
import { fieldPath } from '../../../src/lib/errors.ts';
import { messages } from '../../../src/messages/index.ts';

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
          ...messages.check.schema.unknownField(fieldPath(path), key, schemaDoc),
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
  const { schema } = messages.check;
  if (issue.code === 'invalid_type') return issue.input === undefined ? schema.missing(typeName(issue.expected)) : schema.wrongType(typeName(issue.expected));
  return schema.invalid(issue.message);
}

const typeName = (expected: string): string => messages.check.schema.typeNames[expected] ?? expected;

function hintFor(issue: z.core.$ZodIssue, schemaDoc: string): string {
  const { hint } = messages.check.schema;
  if (issue.code === 'invalid_type' && issue.input === undefined) return hint.missing(schemaDoc);
  if (issue.code === 'invalid_value') return hint.invalidValue;
  if (issue.code === 'too_big') return hint.tooBig;
  if (issue.code === 'too_small') return hint.tooSmall;
  return hint.other(schemaDoc);
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
