import { DataSource } from 'typeorm';
import { byKey, grouped } from '../markets/markets.loaders';
import { LiaisonSheet } from './liaison-sheets/liaison-sheet.entity';
import { Orientation } from './orientations/orientation.entity';

const KEY = Symbol('orientationLoaders');

function create(dataSource: DataSource) {
  return {
    orientationById: byKey(dataSource, Orientation),
    orientationsByParticipant: grouped(dataSource, Orientation, 'participantId', { orientedOn: 'DESC', id: 'ASC' }),
    sheetsByOrientation: grouped(dataSource, LiaisonSheet, 'orientationId', { sentOn: 'ASC', createdAt: 'ASC' }),
  };
}

export type OrientationLoaders = ReturnType<typeof create>;

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export function orientationLoaders(context: object, dataSource: DataSource): OrientationLoaders {
  const holder = context as { [KEY]?: OrientationLoaders };
  return (holder[KEY] ??= create(dataSource));
}
