import { InputError } from '../graphql/errors';

/** What the content of an upload turned out to be, from its first bytes. */
export interface AcceptedType {
  mimeType: string;
  extension: string;
}

/** Types recognised from their content (magic numbers, via `file-type`) that the product accepts. */
const BINARY_TYPES: Record<string, AcceptedType> = {
  'application/pdf': { mimeType: 'application/pdf', extension: '.pdf' },
  'image/png': { mimeType: 'image/png', extension: '.png' },
  'image/jpeg': { mimeType: 'image/jpeg', extension: '.jpg' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: '.xlsx',
  },
};

/** Plain-text types have no magic number: accepted when declared so and when the content is text (not markup). */
const TEXT_TYPES: Record<string, AcceptedType> = {
  'text/plain': { mimeType: 'text/plain', extension: '.txt' },
  'text/csv': { mimeType: 'text/csv', extension: '.csv' },
  'message/rfc822': { mimeType: 'message/rfc822', extension: '.eml' },
};
const TEXT_EXTENSIONS: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', eml: 'message/rfc822' };

export const ACCEPTED_TYPES_LABEL = 'PDF, PNG, JPEG, tableur (.xlsx), courriel (.eml), texte ou CSV';

/** Bytes read before deciding; enough for `file-type` to tell an .xlsx from any other ZIP. */
export const SNIFF_BYTES = 64 * 1024;

// Control bytes other than tab, line feed, form feed and carriage return: not text.
// eslint-disable-next-line no-control-regex -- binary content is recognised by its control bytes
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;
const MARKUP = /^\s*(<!doctype|<html|<head|<body|<script|<svg|<\?xml|<iframe|<object|<embed)/i;

/**
 * Decides from the content, never from the client's word: a known binary type must be on the allowlist (its
 * declared type does not matter), anything else must be declared as text and be text. `detected` is what
 * `file-type` found in `head`, the first bytes.
 */
export function classifyUpload(
  declared: { mimeType: string; fileName: string },
  head: Buffer,
  detected: { mime: string } | undefined,
): AcceptedType {
  if (head.length === 0) throw new InputError({ file: 'Le fichier est vide.' });
  if (detected) {
    const accepted = BINARY_TYPES[detected.mime];
    if (accepted) return accepted;
    throw new InputError({
      file: `Type de fichier non accepté : son contenu n’est pas un document autorisé (${ACCEPTED_TYPES_LABEL}).`,
    });
  }
  const declaredMime = declared.mimeType.split(';')[0].trim().toLowerCase();
  const extension = /\.([A-Za-z0-9]+)$/.exec(declared.fileName)?.[1]?.toLowerCase() ?? '';
  const text = TEXT_TYPES[declaredMime] ?? TEXT_TYPES[TEXT_EXTENSIONS[extension] ?? ''];
  if (!text)
    throw new InputError({
      file: `Le contenu du fichier ne correspond pas au type annoncé (${declaredMime || 'inconnu'}) : formats acceptés : ${ACCEPTED_TYPES_LABEL}.`,
    });
  const sample = head.toString('latin1');
  if (CONTROL.test(sample) || MARKUP.test(sample.replace(/^\uFEFF|^ï»¿/, '')))
    throw new InputError({
      file: 'Ce fichier n’est pas un texte brut (contenu binaire ou page web) : il n’est pas accepté.',
    });
  return text;
}
