import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Paginated } from '../../core/graphql/pagination';
import { MarkNotificationsReadInput, NotificationListArgs } from './notification.dto';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

const NotificationConnection = Paginated(Notification);

/** Every signed-in user reads and marks only their own notifications. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'Mes notifications, les plus récentes d’abord.' })
  myNotifications(@CurrentActor() actor: Actor, @Args() args: NotificationListArgs) {
    return this.service.list(actor, args);
  }

  @Authenticated()
  @Query(() => Int, { description: 'Le nombre de mes notifications non lues.' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.service.unreadCount(actor);
  }

  @Authenticated()
  @Mutation(() => Int, {
    description: 'Marque ces notifications comme lues ; rend le nombre de notifications changées.',
  })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput) {
    return this.service.markRead(actor, input.ids);
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Marque toutes mes notifications comme lues.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor) {
    return this.service.markRead(actor, null);
  }

  @Authenticated()
  @Query(() => Boolean, { description: 'Si je reçois aussi mes notifications par courriel.' })
  myNotificationEmails(@CurrentActor() actor: Actor) {
    return this.service.emailsEnabled(actor);
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description: 'Active ou coupe l’envoi de mes notifications par courriel (elles restent dans l’application).',
  })
  setMyNotificationEmails(@CurrentActor() actor: Actor, @Args('enabled') enabled: boolean) {
    return this.service.setEmails(actor, enabled);
  }
}
