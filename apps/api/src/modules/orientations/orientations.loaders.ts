import { DataSource } from 'typeorm';
import { byKey, grouped, perRequestLoaders } from '../../core/graphql/loaders';
import { LiaisonSheet } from './liaison-sheets/liaison-sheet.entity';
import { Orientation } from './orientations/orientation.entity';

function create(dataSource: DataSource) {
  return {
    orientationById: byKey(dataSource, Orientation),
    orientationsByParticipant: grouped(dataSource, Orientation, 'participantId', { orientedOn: 'DESC', id: 'ASC' }),
    sheetsByOrientation: grouped(dataSource, LiaisonSheet, 'orientationId', { sentOn: 'ASC', createdAt: 'ASC' }),
  };
}

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export const orientationLoaders = perRequestLoaders('orientation', create);

export type OrientationLoaders = ReturnType<typeof create>;
