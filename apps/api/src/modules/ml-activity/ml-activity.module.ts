import { Module } from '@nestjs/common';
import { MlContactsResolver } from './ml-activity.resolver';
import { MlActivityService } from './ml-activity.service';

/** Mission Locale contacts with young people and the activity dashboard (seeds 000 and 003). */
@Module({ providers: [MlActivityService, MlContactsResolver] })
export class MlActivityModule {}
