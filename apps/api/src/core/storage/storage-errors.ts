import { DomainError } from '../graphql/errors';

/** A row points at a file the storage no longer has: the client gets a typed 404, operations get an alert. */
export class StoredFileMissingError extends DomainError {
  constructor() {
    super(
      'NOT_FOUND',
      'Fichier introuvable : le document est bien enregistré, mais son fichier manque dans le stockage. L’équipe d’exploitation a été alertée.',
      { reason: 'FILE_MISSING' },
    );
  }
}

/** The stored bytes no longer match the SHA-256 recorded at upload: they are never served. */
export class StoredFileCorruptedError extends DomainError {
  constructor() {
    super(
      'CONFLICT',
      'Fichier refusé : son contenu ne correspond plus à l’empreinte SHA-256 enregistrée au dépôt (fichier altéré). L’équipe d’exploitation a été alertée.',
      { reason: 'FILE_INTEGRITY' },
    );
  }
}
