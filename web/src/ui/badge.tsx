import type { ReactNode } from 'react';

/** A small coloured tag for a status or category. */
export const Badge = ({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'success' | 'warning' | 'danger' | 'info';
  children: ReactNode;
}) => <span className={`badge badge--${tone}`}>{children}</span>;
