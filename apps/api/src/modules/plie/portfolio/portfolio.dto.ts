import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { DEFAULT_NO_CONTACT_WEEKS, PortfolioAlert } from '@passerelle/domain';
import { IsInt, Max, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';

@ArgsType()
export class PortfolioArgs extends PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_NO_CONTACT_WEEKS,
    description: 'Nombre de semaines sans contact au-delà duquel un parcours est signalé.',
  })
  @IsInt()
  @Min(1, { message: 'Entre 1 et 52 semaines.' })
  @Max(52, { message: 'Entre 1 et 52 semaines.' })
  noContactWeeks: number = DEFAULT_NO_CONTACT_WEEKS;
}

@ObjectType({ description: 'Un parcours du portefeuille du ou de la référent·e, et ce qui demande une action.' })
export class PortfolioEntry {
  @Field(() => PliePath) path!: PliePath;
  @Field(() => [PortfolioAlert], { description: 'Les alertes, de la plus urgente à la moins urgente.' })
  alerts!: PortfolioAlert[];
  @Field(() => Int, {
    description: 'Score d’urgence (somme pondérée des alertes) ; le portefeuille est trié par ce score.',
  })
  urgency!: number;
  @Field(() => String, { nullable: true, description: 'Jour du dernier contact réel.' }) lastContactOn!: string | null;
}
