import type { Response } from 'express';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export type FileFormat = keyof typeof CONTENT_TYPES;

/**
 * `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / RFC 5987). Whatever the stored name
 * holds (quotes, CR/LF, semicolons, slashes), nothing can end the header or add a parameter.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the header
  const name = fileName.replace(/[\x00-\x1f\x7f/\\]+/g, '_').trim() || 'fichier';
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Headers of every file the API sends: no MIME sniffing, no script running if a browser opens it, no caching. */
export function setFileHeaders(response: Response, contentType: string, fileName: string): Response {
  return response
    .setHeader('content-type', contentType)
    .setHeader('content-disposition', contentDisposition(fileName))
    .setHeader('x-content-type-options', 'nosniff')
    .setHeader('content-security-policy', "default-src 'none'; sandbox")
    .setHeader('cache-control', 'no-store');
}

/** Sends a generated file as a download. */
export function sendFile(response: Response, format: FileFormat, baseName: string, body: Buffer | string): void {
  setFileHeaders(response, CONTENT_TYPES[format], `${baseName}.${format}`).status(200).send(body);
}
