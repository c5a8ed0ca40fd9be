import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { CejModule } from '../cej/cej.module';
import { OrientationsModule } from '../orientations/orientations.module';
import { PlieModule } from '../plie/plie.module';
import { HomeResolver } from './home.resolver';

/** The home page by role: the work lists of each role, from the services behind their own pages. */
@Module({
  imports: [CejModule, ActivitiesModule, PlieModule, OrientationsModule],
  providers: [HomeResolver],
})
export class HomeModule {}
