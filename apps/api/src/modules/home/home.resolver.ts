import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_NO_CONTACT_WEEKS,
  ExitProposalStatus,
  OperatorType,
  OrientationStatus,
  PathStatus,
  Permission,
  Role,
  StructureKind,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor, can } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Connection } from '../../core/graphql/pagination';
import { requireStructureId } from '../../core/tenancy/scope';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import { ActivityFollowUpService } from '../activities/follow-up/follow-up.service';
import { SessionsService } from '../activities/sessions/sessions.service';
import { CejAttentionService } from '../cej/planning/cej-attention.service';
import { OrientationsService } from '../orientations/orientations/orientations.service';
import { PliePathsService } from '../plie/paths/plie-paths.service';
import { PortfolioService } from '../plie/portfolio/portfolio.service';
import { ReportsService } from '../reports/reports.service';
import { HOME_FIGURES_SQL } from './home.sql';
import {
  Home,
  HOME_SECTION_SIZE,
  HomeCejAttentionList,
  HomeExitProposalList,
  HomeFigures,
  HomeList,
  HomeOrientationList,
  HomePliePathList,
  HomePortfolioList,
  HomeReportList,
  HomeSessionList,
} from './home.types';

const page = { first: HOME_SECTION_SIZE };
const short = <T>(connection: Connection<T>): HomeList<T> => ({
  totalCount: connection.totalCount,
  items: connection.edges.map((edge) => edge.node),
});

/** Which sections a caller's role gets; each section's own service then applies its access rule. */
const isOperator = (home: Home, type: OperatorType) =>
  home.structureKind === StructureKind.OPERATOR && home.operatorType === type;
const hasRole = (home: Home, ...roles: Role[]) => home.role !== null && roles.includes(home.role);

/**
 * The home page by role: each role lands on its work. The sections are resolved only when asked and only for the
 * roles they concern (null otherwise); each reuses the service behind its own page, limited to its first items.
 */
@Resolver(() => Home)
export class HomeResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cejAttention: CejAttentionService,
    private readonly sessions: SessionsService,
    private readonly portfolio: PortfolioService,
    private readonly orientations: OrientationsService,
    private readonly pliePaths: PliePathsService,
    private readonly followUp: ActivityFollowUpService,
    private readonly reports: ReportsService,
  ) {}

  @RequirePermissions(Permission.STRUCTURE_READ)
  @Query(() => Home, {
    description:
      'La page d’accueil de la personne connectée dans la structure courante : ses listes de travail selon son rôle.',
  })
  async home(@CurrentActor() actor: Actor): Promise<Home> {
    const structureId = requireStructureId(actor);
    const structure = await this.dataSource.getRepository(Structure).findOneByOrFail({ id: structureId });
    return {
      role: actor.role,
      structureKind: structure.kind,
      operatorType: structure.operatorType ?? null,
      today: todayInParis(),
    };
  }

  @ResolveField(() => HomeCejAttentionList, {
    nullable: true,
    description:
      'Mission Locale : les contrats CEJ qui demandent l’attention (les siens pour un·e conseiller·ère, tous pour la coordination).',
  })
  async cejContractsToWatch(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (!isOperator(home, OperatorType.MISSION_LOCALE) || !hasRole(home, Role.COUNSELLOR, Role.COORDINATOR))
      return null;
    if (!can(actor, Permission.CEJ_READ)) return null;
    const allCounsellors = home.role === Role.COORDINATOR;
    return short(await this.cejAttention.list(actor, { ...page, allCounsellors }));
  }

  @ResolveField(() => HomeSessionList, {
    nullable: true,
    description:
      'Conseiller·ère de Mission Locale : les séances et ateliers du jour. Les rendez-vous individuels viendront avec l’agenda.',
  })
  async todaySessions(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (!isOperator(home, OperatorType.MISSION_LOCALE) || !hasRole(home, Role.COUNSELLOR)) return null;
    if (!can(actor, Permission.ACTIVITIES_READ)) return null;
    return short(await this.sessions.list(actor, page, { from: home.today, to: home.today }));
  }

  @ResolveField(() => HomePortfolioList, {
    nullable: true,
    description: 'Référent·e PLIE : son portefeuille, les parcours les plus urgents d’abord.',
  })
  async portfolioByUrgency(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (!isOperator(home, OperatorType.PLIE) || !hasRole(home, Role.COUNSELLOR)) return null;
    if (!can(actor, Permission.PARTICIPANTS_READ)) return null;
    return short(await this.portfolio.myPortfolio(actor, { ...page, noContactWeeks: DEFAULT_NO_CONTACT_WEEKS }));
  }

  @ResolveField(() => HomeOrientationList, {
    nullable: true,
    description: 'Prestataire : les orientations à traiter, fiche d’entrée encore dans son délai de 15 jours.',
  })
  async orientationsToProcess(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (home.structureKind !== StructureKind.PROVIDER || !can(actor, Permission.ACTIVITIES_READ)) return null;
    return short(await this.orientations.list(actor, page, { status: OrientationStatus.PENDING_ENTRY, late: false }));
  }

  @ResolveField(() => HomeOrientationList, {
    nullable: true,
    description: 'Prestataire : les orientations dont la fiche d’entrée est en retard.',
  })
  async lateSheets(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (home.structureKind !== StructureKind.PROVIDER || !can(actor, Permission.ACTIVITIES_READ)) return null;
    return short(await this.orientations.list(actor, page, { status: OrientationStatus.PENDING_ENTRY, late: true }));
  }

  @ResolveField(() => HomePliePathList, {
    nullable: true,
    description: 'Coordination PLIE : les parcours dont le dossier attend le comité d’agrément.',
  })
  async committeeFiles(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (!isOperator(home, OperatorType.PLIE) || !hasRole(home, Role.COORDINATOR)) return null;
    if (!can(actor, Permission.PLIE_COORDINATE)) return null;
    return short(await this.pliePaths.list(actor, page, { status: PathStatus.AWAITING_COMMITTEE }));
  }

  @ResolveField(() => HomeExitProposalList, {
    nullable: true,
    description: 'Coordination : les propositions de sortie des prestataires à valider.',
  })
  async exitProposalsToValidate(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (home.structureKind !== StructureKind.OPERATOR || !hasRole(home, Role.COORDINATOR)) return null;
    if (!can(actor, Permission.ACTIVITIES_READ)) return null;
    return short(await this.followUp.listProposals(actor, page, { status: ExitProposalStatus.PENDING }));
  }

  @ResolveField(() => HomeReportList, {
    nullable: true,
    description:
      'Coordination : les bilans des lots de la structure en retard (toujours en rédaction chez le prestataire après leur échéance).',
  })
  async lateLotReports(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (home.structureKind !== StructureKind.OPERATOR || !hasRole(home, Role.COORDINATOR)) return null;
    if (!can(actor, Permission.REPORTS_READ)) return null;
    return short(await this.reports.list(actor, { ...page, filter: { lotReports: true, late: true } }));
  }

  @ResolveField(() => HomeOrientationList, {
    nullable: true,
    description:
      'Coordination : les orientations vers les lots de la structure dont une fiche de liaison (d’entrée ou de sortie) n’est toujours pas envoyée après son échéance.',
  })
  async lateLiaisonSheets(@Parent() home: Home, @CurrentActor() actor: Actor) {
    if (home.structureKind !== StructureKind.OPERATOR || !hasRole(home, Role.COORDINATOR)) return null;
    if (!can(actor, Permission.ACTIVITIES_READ)) return null;
    return short(await this.orientations.list(actor, page, { overdue: true }));
  }

  @ResolveField(() => HomeFigures, { nullable: true, description: 'Direction : les chiffres de la structure.' })
  async figures(@Parent() home: Home, @CurrentActor() actor: Actor): Promise<HomeFigures | null> {
    if (!hasRole(home, Role.DIRECTOR)) return null;
    const [figures] = await this.dataSource.query(HOME_FIGURES_SQL, [requireStructureId(actor), home.today]);
    return figures;
  }
}
