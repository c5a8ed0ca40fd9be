import { Injectable } from '@nestjs/common';
import { ArgsType, Field, Float, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, CejAttentionReason, todayInParis, weekStart } from '@passerelle/domain';
import { IsBoolean } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { Connection, connectionOf, decodeCursor, PageArgs } from '../../../core/graphql/pagination';
import { participantStructureId } from '../../participants/participant-access';
import { CejContract } from '../contracts/cej-contract.entity';
import { ATTENTION_SQL, REASON_COLUMNS } from './cej-attention.sql';
import '../cej.enums';
import { OptionalId } from '../../../core/validation/fields';

@ArgsType()
export class CejAttentionArgs extends PageArgs {
  @OptionalId('Conseiller·ère inconnu·e.', { description: 'Le conseiller ou la conseillère ; par défaut vous-même.' })
  counsellorUserId?: string;

  @Field({ defaultValue: false, description: 'Tous les contrats de la structure (coordination).' })
  @IsBoolean()
  allCounsellors: boolean = false;
}

@ObjectType({ description: 'Un contrat qui demande l’attention : pourquoi, et les chiffres de la semaine écoulée.' })
export class CejAttentionEntry {
  @Field(() => CejContract) contract!: CejContract;
  @Field(() => [CejAttentionReason], { description: 'Du plus urgent au moins urgent.' }) reasons!: CejAttentionReason[];
  @Field({ description: 'Lundi de la semaine écoulée examinée.' }) weekStart!: string;
  @Field(() => Float) plannedHours!: number;
  @Field(() => Float) doneHours!: number;
  @Field(() => Float, { nullable: true }) attendanceRate!: number | null;
  @Field(() => Float) companyDaysDone!: number;
}

type Row = {
  id: string;
  planned: number;
  done: number;
  rate: number | null;
  companyDays: number;
  total: number;
} & Record<string, unknown>;

@Injectable()
export class CejAttentionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, args: CejAttentionArgs): Promise<Connection<CejAttentionEntry>> {
    const scope = participantStructureId(actor) ?? actor.structureId;
    const counsellor = args.allCounsellors ? null : (args.counsellorUserId ?? actor.userId);
    const offset = decodeCursor(args.after);
    const today = todayInParis();
    const lastWeek = addDays(weekStart(today), -7);
    const rows: Row[] = await this.dataSource.query(ATTENTION_SQL, [
      scope,
      counsellor,
      lastWeek,
      today,
      args.first,
      offset,
    ]);
    const contracts = await this.dataSource.getRepository(CejContract).findBy({ id: In(rows.map((row) => row.id)) });
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const totalCount = rows[0]?.total ?? 0;
    const entries = rows.map((row) => ({
      contract: byId.get(row.id)!,
      reasons: REASON_COLUMNS.filter(([, column]) => row[column] === true).map(([reason]) => reason),
      weekStart: lastWeek,
      plannedHours: row.planned,
      doneHours: row.done,
      attendanceRate: row.rate,
      companyDaysDone: row.companyDays,
    }));
    return connectionOf(entries, totalCount, offset);
  }
}
