/**
 * The browser's origin private file system (OPFS) as the web form's repository in tests: the
 * admin page's 「使用本地仓库」 asks for a folder with showDirectoryPicker(), which headless
 * Chromium cannot answer, so the test hands it an OPFS folder seeded from disk instead and reads
 * back what the form wrote. Everything else is Sveltia's real local-repository code.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Page } from 'playwright-core';

/** The OPFS folder that plays the checkout. */
export const REPOSITORY = 'repository';

/** Replaces the folder picker, before any page script runs, with one that returns the OPFS folder. */
export async function pickRepositoryFolder(page: Page): Promise<void> {
  await page.addInitScript((name) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
  }, REPOSITORY);
}

/** Writes files (repository path → bytes or text) into the OPFS folder, replacing what was there. */
export async function seedRepository(page: Page, contents: ReadonlyMap<string, Buffer | string>): Promise<void> {
  const files = [...contents].map(([path, data]) => ({ path, base64: Buffer.from(data).toString('base64') }));
  await page.evaluate(
    async ({ name, files }) => {
      const top = await navigator.storage.getDirectory();
      await top.removeEntry(name, { recursive: true }).catch(() => {});
      const base = await top.getDirectoryHandle(name, { create: true });
      for (const { path, base64 } of files) {
        const parts = path.split('/');
        let dir = base;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
        await writable.close();
      }
    },
    { name: REPOSITORY, files },
  );
}

/** Every file in the OPFS folder below `prefix`, with its bytes. */
export async function readRepository(page: Page, prefix: string): Promise<Map<string, Buffer>> {
  const files = await page.evaluate(
    async ({ name, prefix }) => {
      const out: { path: string; base64: string }[] = [];
      const walk = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
        for await (const [entry, handle] of (dir as unknown as AsyncIterable<[string, FileSystemHandle]>)) {
          const full = path + entry;
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${full}/`);
          else if (full.startsWith(prefix)) {
            const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
            let binary = '';
            for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
            out.push({ path: full, base64: btoa(binary) });
          }
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
      return out;
    },
    { name: REPOSITORY, prefix },
  );
  return new Map(files.map(({ path, base64 }) => [path, Buffer.from(base64, 'base64')]));
}

/** The files of a folder on disk as the repository would hold them below `prefix`, pictures left out. */
export function folderFiles(dir: string, prefix: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(dir, file)).isFile() && !/\.(jpe?g|png|webp|avif|gif)$/i.test(file)) files.set(`${prefix}${file.split(sep).join('/')}`, readFileSync(join(dir, file)));
  }
  return files;
}

/** Writes files read from the OPFS folder to disk: `prefix` of their path replaced by the folder `dir`. */
export function exportFiles(files: ReadonlyMap<string, Buffer>, prefix: string, dir: string): string[] {
  const written: string[] = [];
  for (const [path, bytes] of files) {
    const target = join(dir, path.slice(prefix.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    written.push(target);
  }
  return written;
}
