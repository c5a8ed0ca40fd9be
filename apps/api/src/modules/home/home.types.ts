import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OperatorType, Role, StructureKind } from '@passerelle/domain';
import { CejAttentionEntry } from '../cej/planning/cej-attention.service';
import { ActivitySession } from '../activities/sessions/session.entity';
import { ExitProposal } from '../activities/follow-up/follow-up.entity';
import { Orientation } from '../orientations/orientations/orientation.entity';
import { PliePath } from '../plie/paths/plie-path.entity';
import { PortfolioEntry } from '../plie/portfolio/portfolio.dto';
import { Report } from '../reports/report.entity';

/** How many items each home section lists; the count tells how many there are in all. */
export const HOME_SECTION_SIZE = 5;

export interface HomeList<T> {
  totalCount: number;
  items: T[];
}

/** A short list for the home page: the first items and how many there are in all. */
function HomeListOf<T>(node: Type<T>): Type<HomeList<T>> {
  @ObjectType(`Home${node.name}List`)
  class List {
    @Field(() => Int, { description: 'Le nombre total d’éléments (la liste n’en donne que les premiers).' })
    totalCount!: number;
    @Field(() => [node]) items!: T[];
  }
  return List as Type<HomeList<T>>;
}

export const HomeCejAttentionList = HomeListOf(CejAttentionEntry);
export const HomeSessionList = HomeListOf(ActivitySession);
export const HomePortfolioList = HomeListOf(PortfolioEntry);
export const HomeOrientationList = HomeListOf(Orientation);
export const HomePliePathList = HomeListOf(PliePath);
export const HomeExitProposalList = HomeListOf(ExitProposal);
export const HomeReportList = HomeListOf(Report);

@ObjectType({ description: 'Les chiffres de la structure pour la direction.' })
export class HomeFigures {
  @Field(() => Int) memberCount!: number;
  @Field(() => Int) activeApiKeyCount!: number;
  @Field(() => Int, { description: 'Participants suivis par la structure.' }) participantCount!: number;
  @Field(() => Int, { description: 'Contrats d’engagement jeune en cours (actifs ou suspendus).' })
  activeCejContractCount!: number;
  @Field(() => Int, { description: 'Parcours PLIE en cours (actifs ou en suivi dans l’emploi).' })
  activePliePathCount!: number;
  @Field(() => Int, { description: 'Orientations dont la fiche de liaison est en retard.' })
  lateOrientationCount!: number;
}

@ObjectType({
  description:
    'La page d’accueil de la personne connectée : son travail selon son rôle. Les sections qui ne concernent pas son rôle sont nulles.',
})
export class Home {
  @Field(() => Role, { nullable: true }) role!: Role | null;
  @Field(() => StructureKind) structureKind!: StructureKind;
  @Field(() => OperatorType, { nullable: true }) operatorType!: OperatorType | null;
  @Field({ description: 'Jour (Paris) pour lequel la page est calculée.' }) today!: string;
}
