import type { ReactNode } from 'react';

/** A titled card on a page, with actions on the right of its title. */
export const Section = ({
  title,
  actions,
  children,
  description,
}: {
  title: string;
  actions?: ReactNode;
  description?: string | undefined;
  children: ReactNode;
}) => (
  <section className="card" aria-label={title}>
    <header className="card__header">
      <div>
        <h2 className="card__title">{title}</h2>
        {description !== undefined ? <p className="card__description">{description}</p> : null}
      </div>
      {actions !== undefined ? <div className="card__actions">{actions}</div> : null}
    </header>
    {children}
  </section>
);

/** What an empty list says instead of an empty table. */
export const EmptyState = ({ children }: { children: ReactNode }) => (
  <p className="empty-state">{children}</p>
);

/** A quiet line shown while something loads. */
export const Loading = ({ label = 'Loading…' }: { label?: string }) => (
  <p className="loading" role="status">
    {label}
  </p>
);
