import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CEJ rule parameters in force since the CEJ started (domain.md, "Facts gathered from public sources"): allowance
 * amounts by period, gross monthly SMIC by period, the 300 EUR threshold, and the follow-up thresholds. Data, not
 * schema: later values are added as new rows (`recordCejParameter`), never by editing these.
 */
export class CejParameterHistory1764300000001 implements MigrationInterface {
  name = 'CejParameterHistory1764300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            INSERT INTO "cej_parameters" ("key", "validFrom", "value", "source") VALUES
            ('ALLOWANCE_ADULT_NON_TAXABLE', '2022-03-01', 500.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_FIRST_BRACKET', '2022-03-01', 300.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_MINOR', '2022-03-01', 200.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_NON_TAXABLE', '2022-07-01', 520.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_FIRST_BRACKET', '2022-07-01', 312.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_MINOR', '2022-07-01', 208.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_NON_TAXABLE', '2023-04-01', 528.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_FIRST_BRACKET', '2023-04-01', 316.80, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_MINOR', '2023-04-01', 211.20, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_NON_TAXABLE', '2024-04-01', 552.29, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_FIRST_BRACKET', '2024-04-01', 331.37, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_MINOR', '2024-04-01', 220.92, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_NON_TAXABLE', '2025-04-01', 561.68, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_ADULT_FIRST_BRACKET', '2025-04-01', 337.00, 'Montant revalorisé de l’allocation CEJ'),
            ('ALLOWANCE_MINOR', '2025-04-01', 224.68, 'Montant revalorisé de l’allocation CEJ'),
            ('SMIC_GROSS_MONTHLY', '2022-01-01', 1603.12, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2022-05-01', 1645.58, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2022-08-01', 1678.95, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2023-01-01', 1709.28, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2023-05-01', 1747.20, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2024-01-01', 1766.92, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2024-11-01', 1801.80, 'SMIC horaire brut × 151,67 h'),
            ('SMIC_GROSS_MONTHLY', '2026-01-01', 1823.03, 'SMIC horaire brut × 151,67 h'),
            ('ACTIVITY_INCOME_THRESHOLD', '2022-03-01', 300.00, 'Décret n° 2022-199 du 18 février 2022'),
            ('SMIC_FACTOR', '2022-03-01', 0.8, 'Décret n° 2022-199 du 18 février 2022'),
            ('DEGRESSIVE_COEFFICIENT_DECIMALS', '2022-03-01', 3, 'Arrondi de l’exemple de calcul (500 − 300 × 0,509 = 347,30)'),
            ('WEEKLY_HOURS_MIN', '2022-03-01', 15, 'Accompagnement intensif de 15 à 20 heures par semaine'),
            ('WEEKLY_HOURS_MAX', '2022-03-01', 20, 'Accompagnement intensif de 15 à 20 heures par semaine'),
            ('ATTENDANCE_RATE_MIN', '2022-03-01', 0.8, 'Seuil d’alerte de la structure'),
            ('COMPANY_DAYS_TARGET', '2022-03-01', 40, 'Objectif de 40 jours en entreprise dans les 6 premiers mois')
            ON CONFLICT ("key", "validFrom") DO NOTHING
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "cej_parameters" WHERE "recordedByUserId" IS NULL`);
  }
}
