import { extname } from 'node:path';
import { html } from './html';
import { markdown } from './markdown';
import { plain } from './plain';
import type { DocumentFormat } from './types';

/** Supported article formats. A new one is a file in this folder plus one line here. */
export const documentFormats: readonly DocumentFormat[] = [plain, markdown, html];

export const SUPPORTED_EXTENSIONS = documentFormats.flatMap((f) => f.extensions);

export function formatForPath(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  return documentFormats.find((f) => f.extensions.includes(ext)) ?? plain;
}
