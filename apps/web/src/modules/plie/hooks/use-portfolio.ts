import { useQuery } from '@apollo/client/react';
import { DEFAULT_NO_CONTACT_WEEKS } from '@passerelle/domain';
import { useSearchParams } from 'react-router';
import { todayInParis } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { MY_PORTFOLIO_QUERY } from '../graphql/portfolio';
import { parseNoContactWeeks } from '../portfolio-rules';

/** The counsellor's portfolio, most urgent first, with the no-contact threshold kept in the address. */
export function usePortfolio() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const weeks = parseNoContactWeeks(params.get('semaines'), DEFAULT_NO_CONTACT_WEEKS);
  const pages = useCursorPages(`${me.currentStructure?.id}|${weeks}`);
  const today = todayInParis();
  const { data, previousData, loading, error, refetch } = useQuery(MY_PORTFOLIO_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, noContactWeeks: weeks },
    skip: !me.currentStructure,
  });
  const connection = (data ?? previousData)?.myPortfolio;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  const urgent = records.filter((r) => r.alerts.length > 0).length;

  return { setParams, weeks, today, urgent, list: { pages, connection, records, loading, error, refetch } };
}
