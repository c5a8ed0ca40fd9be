import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarDatePipe } from '../../../core/validation/calendar-date.validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { activityLoaders } from '../activities.loaders';
import { CompleteAssessmentInput, StartAssessmentInput } from '../assessments/assessment.dto';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentsService } from '../assessments/assessments.service';
import { PlanImmersionInput, RecordImmersionExitSheetInput, RecordImmersionStartMeetingInput } from './immersion.dto';
import { Immersion } from './immersion.entity';
import { ImmersionsService } from './immersions.service';

@Resolver(() => Immersion)
export class ImmersionsResolver {
  constructor(
    private readonly immersions: ImmersionsService,
    private readonly assessments: AssessmentsService,
  ) {}

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Immersion, {
    description: 'Prévoit une immersion : 30 heures sur deux semaines au plus, sauf justification.',
  })
  planImmersion(@CurrentActor() actor: Actor, @Args('input') input: PlanImmersionInput) {
    return this.immersions.plan(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Immersion, {
    description: 'Enregistre l’entretien tripartite de démarrage (tuteur, prestataire, participant).',
  })
  recordImmersionStartMeeting(@CurrentActor() actor: Actor, @Args('input') input: RecordImmersionStartMeetingInput) {
    return this.immersions.recordStartMeeting(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Immersion, {
    description: 'Enregistre la fiche de fin d’immersion cosignée par le tuteur et le participant.',
  })
  recordImmersionExitSheet(@CurrentActor() actor: Actor, @Args('input') input: RecordImmersionExitSheetInput) {
    return this.immersions.recordExitSheet(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => Int, {
    description:
      'Jours en entreprise (jours ouvrés des immersions, comptés une fois) d’un participant de la structure entre deux jours inclus : le compteur des 40 jours du CEJ.',
  })
  participantCompanyDays(
    @CurrentActor() actor: Actor,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('from', CalendarDatePipe) from: string,
    @Args('to', CalendarDatePipe) to: string,
  ) {
    return this.immersions.companyDays(actor, participantId, from, to);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Assessment, {
    description: 'Engage un bilan d’orientation ou de compétences ; il est dû dans les 2 mois.',
  })
  startAssessment(@CurrentActor() actor: Actor, @Args('input') input: StartAssessmentInput) {
    return this.assessments.start(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Assessment, {
    description:
      'Clôt un bilan : heures (12 à 15 h, ou 20 h), dans les 2 mois sauf justification, entretien tripartite, synthèse et plan d’actions phasé.',
  })
  completeAssessment(@CurrentActor() actor: Actor, @Args('input') input: CompleteAssessmentInput) {
    return this.assessments.complete(actor, input);
  }

  @ResolveField(() => Boolean, { description: 'Fiche de fin cosignée par le tuteur et le participant.' })
  coSigned(@Parent() i: Immersion): boolean {
    return !!i.tutorSignedOn && !!i.participantSignedOn;
  }
}

@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  @ResolveField(() => Boolean, { description: 'Non terminé après l’échéance des 2 mois.' })
  overdue(@Parent() a: Assessment): boolean {
    return !a.completedOn && todayInParis() > a.dueBy;
  }
}

@Resolver(() => Orientation)
export class OrientationImmersionsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [Immersion])
  immersions(@Parent() o: Orientation, @Context() context: object) {
    return activityLoaders(context, this.dataSource).immersionsByOrientation.load(o.id);
  }

  @ResolveField(() => [Assessment])
  assessments(@Parent() o: Orientation, @Context() context: object) {
    return activityLoaders(context, this.dataSource).assessmentsByOrientation.load(o.id);
  }
}
