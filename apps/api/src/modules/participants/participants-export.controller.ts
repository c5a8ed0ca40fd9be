import { Controller, Get, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PATH_STATUS_LABELS,
  PathStatus,
  Permission,
  Programme,
  PROGRAMME_LABELS,
  Sex,
  SEX_LABELS,
} from '@passerelle/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ExportColumn, toCsv } from '../../core/files/csv';
import { sendFile } from '../../core/files/send-file';
import { InputError } from '../../core/graphql/errors';
import { flattenValidationErrors } from '../../core/graphql/validation';
import { ParticipantFilter } from './participant.dto';
import { ParticipantsService } from './participants.service';

const EXPORT_MAX_ROWS = 50_000;

interface ParticipantExportRow {
  id: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthDate: string;
  programme: Programme;
  communeName: string | null;
  epci: string | null;
  branchName: string | null;
  referentName: string | null;
  pathStatus: PathStatus | null;
}

const COLUMNS: readonly ExportColumn<ParticipantExportRow>[] = [
  { header: 'Nom', value: (r) => r.lastName },
  { header: 'Prénom', value: (r) => r.firstName },
  { header: 'Sexe', value: (r) => SEX_LABELS[r.sex] },
  { header: 'Date de naissance', value: (r) => r.birthDate.split('-').reverse().join('/') },
  { header: 'Dispositif', value: (r) => PROGRAMME_LABELS[r.programme] },
  { header: 'Commune', value: (r) => r.communeName },
  { header: 'EPCI', value: (r) => r.epci },
  { header: 'Antenne', value: (r) => r.branchName },
  { header: 'Référent·e', value: (r) => r.referentName },
  { header: 'Statut du parcours PLIE', value: (r) => (r.pathStatus ? PATH_STATUS_LABELS[r.pathStatus] : null) },
  { header: 'Identifiant', value: (r) => r.id },
];

/** GET /files/participants.csv?search=&programme=&branchId=&referentUserId=&pathStatus=: the participants list, same filters and order. */
@Controller('files')
export class ParticipantsExportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditService,
  ) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Get('participants.csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const filter = plainToInstance(ParticipantFilter, query);
    const errors = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new InputError(flattenValidationErrors(errors));
    const rows: ParticipantExportRow[] = await this.participants
      .listQuery(actor, filter)
      .leftJoin('branches', 'b', 'b.id = p."branchId"')
      .leftJoin('users', 'u', 'u.id = p."referentUserId"')
      .select([
        'p.id AS id',
        'p."lastName" AS "lastName"',
        'p."firstName" AS "firstName"',
        'p.sex AS sex',
        'p."birthDate"::text AS "birthDate"',
      ])
      .addSelect([
        'p.programme AS programme',
        'p."communeName" AS "communeName"',
        'p.epci AS epci',
        'b.name AS "branchName"',
        'u."fullName" AS "referentName"',
      ])
      .addSelect(
        `(SELECT pp.status FROM plie_paths pp WHERE pp."participantId" = p.id ORDER BY pp."createdAt" DESC LIMIT 1)`,
        'pathStatus',
      )
      .limit(EXPORT_MAX_ROWS)
      .getRawMany();
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'export.participants',
      entityType: 'Structure',
      entityId: actor.structureId,
      details: { rows: rows.length, filter: query },
    });
    sendFile(response, 'csv', 'participants', toCsv(COLUMNS, rows));
  }
}
