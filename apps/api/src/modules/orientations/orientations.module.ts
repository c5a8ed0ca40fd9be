import { Module, OnModuleInit } from '@nestjs/common';
import { ReminderRegistry } from '../notifications/reminders/reminder.registry';
import { LiaisonSheetReminders } from './liaison-sheets/liaison-sheet.reminders';
import { LiaisonSheetsResolver } from './liaison-sheets/liaison-sheets.resolver';
import { LiaisonSheetsService } from './liaison-sheets/liaison-sheets.service';
import { OrientationsResolver, ParticipantOrientationsResolver } from './orientations/orientations.resolver';
import { OrientationsService } from './orientations/orientations.service';

/** Orientations of participants to lots' actions, and the liaison sheets the provider owes within 15 days. */
@Module({
  providers: [
    OrientationsService,
    OrientationsResolver,
    ParticipantOrientationsResolver,
    LiaisonSheetsService,
    LiaisonSheetsResolver,
    LiaisonSheetReminders,
  ],
  exports: [OrientationsService],
})
export class OrientationsModule implements OnModuleInit {
  constructor(
    private readonly reminders: ReminderRegistry,
    private readonly liaisonSheets: LiaisonSheetReminders,
  ) {}

  /** The daily reminders job asks for the liaison sheets due within 3 days or late. */
  onModuleInit() {
    this.reminders.register(this.liaisonSheets);
  }
}
