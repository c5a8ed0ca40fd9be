import type { Response } from 'express';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export type FileFormat = keyof typeof CONTENT_TYPES;

/** Sends a generated file as a download, with an ASCII fallback name and the UTF-8 one (RFC 6266). */
export function sendFile(response: Response, format: FileFormat, baseName: string, body: Buffer | string): void {
  const ascii = baseName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  response
    .status(200)
    .setHeader('content-type', CONTENT_TYPES[format])
    .setHeader(
      'content-disposition',
      `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${baseName}.${format}`)}`,
    )
    .setHeader('cache-control', 'no-store')
    .send(body);
}
