import { useSearchParams } from 'react-router';

/**
 * The tab open on a page, kept in the address as `?onglet=` (absent for the first tab) so a link or a reload opens
 * the same tab. An unknown value opens the first tab.
 */
export function useTabParam<T extends string>(tabs: readonly T[]) {
  const [params, setParams] = useSearchParams();
  const first = tabs[0];
  const value = params.get('onglet');
  const tab: T = tabs.includes(value as T) ? (value as T) : first;
  function openTab(next: string | null) {
    setParams(next && next !== first ? { onglet: next } : {}, { replace: true });
  }
  return { tab, openTab };
}
