import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  ACTION_EXIT_REASON_LABELS,
  HOUR_KIND_LABELS,
  IndicatorMeasure,
  PaymentRule,
  ruleAllowedFor,
  type ActionExitReason,
  type HourKind,
} from '@passerelle/domain';
import type { IndicatorStatusFieldsFragment } from '../../../generated/graphql';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { optionsOf } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { CREATE_PAYMENT_INDICATOR, LOT_DASHBOARD_QUERY, UPDATE_PAYMENT_INDICATOR } from '../graphql/indicators';
import { MEASURE_LABELS, RULE_LABELS } from '../indicator-rules';
import { FormActions } from '../../common/components/form-actions';

type Indicator = IndicatorStatusFieldsFragment['indicator'];

interface Values {
  label: string;
  measure: string;
  hourKind: string | null;
  exitReason: string | null;
  communeCodes: string[];
  periodStart: string;
  periodEnd: string;
  target: number | string;
  rule: string;
  /** Percentages on screen (50 = 0.5 for the API). */
  thresholds: { rate: number | string; share: number | string }[];
  unitPrice: string;
  priceShare: number | string;
}

const percent = (value: number | string) => Math.round(Number(value) * 100) / 10_000;

/** The operator defines a lot's payment indicator: measure and its parameters, period, target, payment rule. */
export function IndicatorFormModal({
  lotId,
  indicator,
  period,
  onClose,
}: {
  lotId: string;
  indicator: Indicator | null;
  period: { start: string; end: string };
  onClose(): void;
}) {
  const form = useForm<Values>({
    initialValues: {
      label: indicator?.label ?? '',
      measure: indicator?.measure ?? IndicatorMeasure.ACTIVE_FILE,
      hourKind: indicator?.hourKind ?? null,
      exitReason: indicator?.exitReason ?? null,
      communeCodes: indicator?.communeCodes ?? [],
      periodStart: indicator?.periodStart ?? period.start,
      periodEnd: indicator?.periodEnd ?? period.end,
      target: indicator?.target ?? '',
      rule: indicator?.rule ?? PaymentRule.PRO_RATA,
      thresholds: indicator?.params.thresholds?.map((t) => ({ rate: t.rate * 100, share: t.share * 100 })) ?? [
        { rate: 50, share: 50 },
        { rate: 100, share: 100 },
      ],
      unitPrice: indicator?.params.unitPrice ?? '',
      priceShare: indicator?.params.priceShare != null ? indicator.params.priceShare * 100 : '',
    },
    validate: {
      label: (v) => (v.trim() ? null : 'Le libellé est obligatoire.'),
      target: (v) => (v === '' || Number(v) <= 0 ? 'La cible doit être positive.' : null),
      hourKind: (v, values) =>
        values.measure === IndicatorMeasure.HOURS && !v ? 'Précisez la nature du temps compté.' : null,
    },
  });
  const refetch = { refetchQueries: [LOT_DASHBOARD_QUERY], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CREATE_PAYMENT_INDICATOR, refetch);
  const [update, updating] = useMutation(UPDATE_PAYMENT_INDICATOR, refetch);
  const { measure, rule } = form.values;

  async function handleSubmit(values: Values) {
    const fields = {
      label: values.label.trim(),
      measure: values.measure as IndicatorMeasure,
      hourKind: values.measure === IndicatorMeasure.HOURS ? (values.hourKind as HourKind) : null,
      exitReason:
        values.measure === IndicatorMeasure.EXITS ? ((values.exitReason as ActionExitReason | null) ?? null) : null,
      communeCodes:
        values.measure === IndicatorMeasure.ACTIVE_FILE && values.communeCodes.length ? values.communeCodes : null,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      target: Number(values.target),
      rule: values.rule as PaymentRule,
      params: {
        ...(values.rule === PaymentRule.THRESHOLDS
          ? { thresholds: values.thresholds.map((t) => ({ rate: percent(t.rate), share: percent(t.share) })) }
          : {}),
        ...(values.rule === PaymentRule.CAP ? { unitPrice: values.unitPrice.trim() } : {}),
        ...(values.priceShare !== '' ? { priceShare: percent(values.priceShare) } : {}),
      },
    };
    try {
      if (indicator)
        await update({ variables: { input: { id: indicator.id, version: indicator.version, ...fields } } });
      else await create({ variables: { input: { lotId, ...fields } } });
      notifySuccess(indicator ? 'L’indicateur est modifié.' : 'L’indicateur est créé.');
      onClose();
    } catch (error) {
      showFormError(form, error, {
        'params.thresholds': 'thresholds',
        'params.unitPrice': 'unitPrice',
        'params.priceShare': 'priceShare',
      });
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={indicator ? 'Modifier l’indicateur' : 'Nouvel indicateur de paiement'}
      size="lg"
      centered
    >
      <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
        <Stack gap="sm">
          <TextInput label="Libellé" required data-autofocus {...form.getInputProps('label')} />
          <Select
            label="Mesure"
            required
            allowDeselect={false}
            data={optionsOf(MEASURE_LABELS)}
            {...form.getInputProps('measure')}
          />
          {measure === IndicatorMeasure.HOURS && (
            <Select
              label="Nature du temps"
              required
              data={optionsOf(HOUR_KIND_LABELS)}
              {...form.getInputProps('hourKind')}
            />
          )}
          {measure === IndicatorMeasure.ACTIVE_FILE && (
            <TagsInput
              label="Territoire : communes de résidence (codes INSEE)"
              description="Vide : toutes les communes. Saisissez un code puis Entrée."
              {...form.getInputProps('communeCodes')}
            />
          )}
          {measure === IndicatorMeasure.EXITS && (
            <Select
              label="Motif de sortie compté"
              placeholder="Toutes les sorties"
              clearable
              data={optionsOf(ACTION_EXIT_REASON_LABELS)}
              {...form.getInputProps('exitReason')}
            />
          )}
          <Group grow>
            <DayInput label="Début de période" required {...form.getInputProps('periodStart')} />
            <DayInput label="Fin de période" required {...form.getInputProps('periodEnd')} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label="Cible" required min={0} decimalSeparator="," {...form.getInputProps('target')} />
            <NumberInput
              label="Part du prix du lot (%)"
              description="Vide : 100 %"
              min={0}
              max={100}
              decimalSeparator=","
              {...form.getInputProps('priceShare')}
            />
          </Group>
          <Select
            label="Règle de paiement"
            required
            allowDeselect={false}
            data={optionsOf(RULE_LABELS).map((option) => ({
              ...option,
              disabled: !ruleAllowedFor(measure as IndicatorMeasure, option.value as PaymentRule),
            }))}
            {...form.getInputProps('rule')}
          />
          {rule === PaymentRule.CAP && (
            <TextInput label="Prix unitaire (€)" placeholder="120.00" required {...form.getInputProps('unitPrice')} />
          )}
          {rule === PaymentRule.THRESHOLDS && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Paliers : à partir de tel taux de réalisation, telle part du prix est payée
              </Text>
              {form.values.thresholds.map((_, index) => (
                <Group key={index} gap="xs" align="flex-end">
                  <NumberInput
                    label="Taux atteint (%)"
                    min={0}
                    decimalSeparator=","
                    {...form.getInputProps(`thresholds.${index}.rate`)}
                    w={160}
                  />
                  <NumberInput
                    label="Part payée (%)"
                    min={0}
                    max={100}
                    decimalSeparator=","
                    {...form.getInputProps(`thresholds.${index}.share`)}
                    w={160}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Retirer le palier ${index + 1}`}
                    onClick={() => form.removeListItem('thresholds', index)}
                    mb={4}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
              {form.errors.thresholds && (
                <Text size="xs" c="red">
                  {form.errors.thresholds}
                </Text>
              )}
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                onClick={() => form.insertListItem('thresholds', { rate: '', share: '' })}
              >
                Ajouter un palier
              </Button>
            </Stack>
          )}
          <FormActions
            onCancel={onClose}
            loading={creating.loading || updating.loading}
            submitLabel={indicator ? 'Enregistrer' : 'Créer l’indicateur'}
            mt="sm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
