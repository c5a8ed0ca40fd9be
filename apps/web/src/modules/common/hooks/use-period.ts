import { useState } from 'react';
import { isCalendarDay } from '../../../lib/format';

/** A period chosen with two day fields; `valid` once both are whole days (AAAA-MM-JJ). */
export function usePeriod(initial: { from: string; to: string }): Period {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  return { from, setFrom, to, setTo, valid: isCalendarDay(from) && isCalendarDay(to) };
}

export interface Period {
  from: string;
  setFrom(value: string): void;
  to: string;
  setTo(value: string): void;
  valid: boolean;
}
