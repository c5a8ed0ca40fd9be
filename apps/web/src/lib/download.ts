import { authorizedFetch } from './http';

/** The file name a `Content-Disposition` header gives (RFC 5987 `filename*` first), or null. */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

function saveUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves a blob under the given name; the object URL lives a minute (some browsers read it late). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens a blob in a new tab (to print it), or saves it under the given name when the tab is blocked. */
export function openBlob(blob: Blob, fallbackName: string): void {
  const url = URL.createObjectURL(blob);
  if (!window.open(url, '_blank')) saveUrl(url, fallbackName);
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Fetches a file of the API's REST paths (bearer token and structure sent) and saves it under `fileName`, or under
 * the name the server gives first when `serverName` is set.
 */
export async function downloadFile(path: string, fileName: string, { serverName = false } = {}): Promise<void> {
  const response = await authorizedFetch(path);
  const given = serverName ? fileNameFromDisposition(response.headers.get('content-disposition')) : null;
  saveBlob(await response.blob(), given ?? fileName);
}
