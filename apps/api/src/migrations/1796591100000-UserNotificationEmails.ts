import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserNotificationEmails1796591100000 implements MigrationInterface {
  /** Whether a user receives their notifications by e-mail too (true keeps what every user got until now). */
  name = 'UserNotificationEmails1796591100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "notificationEmails" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "notificationEmails"`);
  }
}
