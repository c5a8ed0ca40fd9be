import { Skeleton } from '@mantine/core';
import { QueryError } from './query-error';

/**
 * What a page shows while the record it reads is not there: the load error with a retry, else a skeleton of height
 * `h` while loading (`reserve` keeps that empty space once loading is over), else nothing.
 */
export function QueryPending({
  error,
  loading,
  onRetry,
  h,
  reserve,
}: {
  error: unknown;
  loading: boolean;
  onRetry(): void;
  h: number;
  reserve?: boolean;
}) {
  if (error) return <QueryError error={error} onRetry={onRetry} />;
  if (reserve) return <Skeleton height={h} visible={loading} />;
  return loading ? <Skeleton h={h} /> : null;
}
