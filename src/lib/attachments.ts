/**
 * Files attached to entries (a document's PDF, a form as DOCX, a table as XLSX), written in the
 * frontmatter relative to the entry file, as images are: `./files/2026-fucha-xize.pdf`. The schema
 * helper checks that the file exists and has a name a web address can carry, and reads its size;
 * the page lists it with its type and size, and src/pages/news/files/[...file].ts publishes it at
 * `news/files/<name>` (attachments of file-per-entry collections live in their collection's
 * folder, so relative to the entry is relative to the folder). Only news items have attachments
 * so far; a second type with attachments would make that route generic over the registry.
 */
import { existsSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Attachment, AttachmentFormat } from '../schemas/context.ts';
import { messages } from '../messages/index.ts';

/** What each format is called on a page, and its media type. */
export const ATTACHMENT_FORMATS: Record<AttachmentFormat, { label: string; type: string }> = {
  pdf: { label: 'PDF', type: 'application/pdf' },
  docx: { label: 'Word', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

/** A name a URL carries as it is: letters, digits, hyphens, underscores and dots, in a subfolder or not. */
const SAFE_PATH = /^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** `./files/a.pdf` → `files/a.pdf`; undefined when the path leaves the folder. */
export function normaliseAttachmentPath(written: string): string | undefined {
  const path = posix.normalize(written.trim().replace(/\\/g, '/'));
  return path.startsWith('../') || path.startsWith('/') || path === '..' ? undefined : path.replace(/^\.\//, '');
}

/** The schema of an attachment written relative to `dir` (the entry's folder). */
export function attachmentSchema(dir: string, formats: readonly AttachmentFormat[]): z.ZodType<Attachment> {
  return z
    .string({ error: messages.attachment.notText(formats) })
    .transform((written, ctx): Attachment => {
      const path = normaliseAttachmentPath(written);
      const format = written.split('.').at(-1)?.toLowerCase() as AttachmentFormat;
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: written });
        return z.NEVER;
      };
      if (!path) return fail(messages.attachment.outside(written));
      if (!formats.includes(format)) return fail(messages.attachment.format(written, formats));
      if (!SAFE_PATH.test(path)) return fail(messages.attachment.name(written));
      const absolute = resolve(dir, path);
      if (!existsSync(absolute) || !statSync(absolute).isFile()) return fail(messages.attachment.missing(written));
      return { path, format, bytes: statSync(absolute).size };
    });
}

/** 「236 KB」「1.4 MB」: a file's size as a page shows it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
