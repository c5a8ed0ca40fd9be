/** The market and provider options of the overview's filters, from the markets and their lots (each once, sorted). */
export function overviewFilterOptions(
  markets: readonly {
    id: string;
    reference: string;
    title: string;
    lots: readonly { awardedProvider?: { id: string; name: string } | null }[];
  }[],
): {
  markets: { value: string; label: string }[];
  providers: { value: string; label: string }[];
} {
  const providers = new Map<string, string>();
  for (const market of markets)
    for (const lot of market.lots)
      if (lot.awardedProvider) providers.set(lot.awardedProvider.id, lot.awardedProvider.name);
  return {
    markets: markets.map((m) => ({ value: m.id, label: `${m.reference} · ${m.title}` })),
    providers: [...providers]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
  };
}
