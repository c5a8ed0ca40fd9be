import { registerEnumType } from '@nestjs/graphql';
import { AgeBand, DropOffMeasure, ReportKind, ReportStatus } from '@passerelle/domain';

registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'Type de bilan : tableau mensuel, bilan intermédiaire au 31 mai ou au 30 septembre, bilan final.',
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Brouillon, transmis (chiffres figés), validé, ou renvoyé pour corrections (de nouveau modifiable).',
});
registerEnumType(AgeBand, { name: 'AgeBand', description: 'Tranche d’âge des bilans et de l’analyse du décrochage.' });
registerEnumType(DropOffMeasure, {
  name: 'DropOffMeasure',
  description: 'Mesure du décrochage (étude de la Mission Locale du Val d’Oise).',
});
