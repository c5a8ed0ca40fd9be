import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { canSeeSensitive } from '../../participants/participant-access';
import { SendEntryLiaisonSheetInput, SendExitLiaisonSheetInput } from './liaison-sheet.dto';
import { FseQuestionnaire, LiaisonSheet } from './liaison-sheet.entity';
import { LiaisonSheetsService } from './liaison-sheets.service';

@Resolver(() => LiaisonSheet)
export class LiaisonSheetsResolver {
  constructor(private readonly service: LiaisonSheetsService) {}

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => LiaisonSheet, {
    description: 'Le prestataire envoie la fiche « entrée » (avec le questionnaire FSE+) ou « non entrée ».',
  })
  sendEntryLiaisonSheet(@CurrentActor() actor: Actor, @Args('input') input: SendEntryLiaisonSheetInput) {
    return this.service.sendEntry(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => LiaisonSheet, {
    description: 'Le prestataire envoie la fiche « sortie » : jour, motif (liste des cahiers des charges), synthèse.',
  })
  sendExitLiaisonSheet(@CurrentActor() actor: Actor, @Args('input') input: SendExitLiaisonSheetInput) {
    return this.service.sendExit(actor, input);
  }

  @ResolveField(() => FseQuestionnaire, {
    nullable: true,
    description: 'Fiche d’entrée : le questionnaire FSE+ (réponses sensibles masquées sans le droit de les voir).',
  })
  fseQuestionnaire(@Parent() sheet: LiaisonSheet, @CurrentActor() actor: Actor): FseQuestionnaire | null {
    const a = sheet.fseAnswers;
    if (!a) return null;
    const sensitive = canSeeSensitive(actor);
    return {
      employmentStatus: a.employmentStatus ?? null,
      householdSituation: a.householdSituation ?? null,
      disability: sensitive ? (a.disability ?? null) : null,
      thirdCountryNational: sensitive ? (a.thirdCountryNational ?? null) : null,
      foreignBackground: sensitive ? (a.foreignBackground ?? null) : null,
      minority: sensitive ? (a.minority ?? null) : null,
      homeless: a.homeless ?? null,
      ruralArea: a.ruralArea ?? null,
    };
  }
}
