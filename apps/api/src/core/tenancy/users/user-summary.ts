import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { tenancyLoaders } from '../../graphql/loaders';

/** Who did something, as a file shows it: a name, nothing more (no e-mail, no roles). */
@ObjectType({ description: 'L’auteur d’une action : son nom, sans autre donnée.' })
export class UserSummary {
  @Field(() => ID) id!: string;
  @Field({ description: 'Prénom et nom.' }) fullName!: string;
}

/** Resolves an author id to its summary through the request's batch loader (one query for the whole response). */
export async function loadAuthor(
  context: object,
  dataSource: DataSource,
  userId: string | null | undefined,
): Promise<UserSummary | null> {
  if (!userId) return null;
  const user = await tenancyLoaders(context, dataSource).userById.load(userId);
  return user ? { id: user.id, fullName: user.fullName } : null;
}
