import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  AGE_BAND_LABELS,
  AgeBand,
  Permission,
  Programme,
  PROGRAMME_LABELS,
  Sex,
  SEX_LABELS,
  todayInParis,
} from '@passerelle/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ExportColumn, toCsv } from '../../core/files/csv';
import { sendFile } from '../../core/files/send-file';
import { InputError } from '../../core/graphql/errors';
import { flattenValidationErrors } from '../../core/graphql/validation';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import { NetworksService, StatisticsCell } from './networks.service';

class StatisticsQuery {
  @IsCalendarDate() from!: string;
  @IsCalendarDate() to!: string;
}

/** INSEE's mark for a cell under statistical secrecy. */
const SECRET = 's';

const COLUMNS: readonly ExportColumn<StatisticsCell>[] = [
  { header: 'Structure membre', value: (c) => c.member },
  { header: 'Département de résidence', value: (c) => c.department ?? 'Inconnu' },
  { header: 'Tranche d’âge', value: (c) => (c.band ? AGE_BAND_LABELS[c.band as AgeBand] : 'Inconnue') },
  { header: 'Sexe', value: (c) => SEX_LABELS[c.sex as Sex] },
  { header: 'Dispositif', value: (c) => PROGRAMME_LABELS[c.programme as Programme] },
  { header: 'Personnes', value: (c) => c.people ?? SECRET },
];

/** GET /files/network-statistics.csv?from=&to=: the anonymised statistics of the current network, for studies. */
@Controller('files')
export class NetworkStatisticsController {
  constructor(private readonly networks: NetworksService) {}

  @RequirePermissions(Permission.NETWORK_READ)
  @Get('network-statistics.csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const parsed = plainToInstance(StatisticsQuery, query);
    const errors = validateSync(parsed, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new InputError(flattenValidationErrors(errors));
    const { network, cells } = await this.networks.statistics(actor, parsed.from, parsed.to);
    sendFile(response, 'csv', `statistiques-${network.name}-${todayInParis()}`, toCsv(COLUMNS, cells));
  }
}
