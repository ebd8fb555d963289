import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import type { Bbox, Selection } from '../../state/domain';
import { useStore } from '../../state/store';
import { padBbox } from '../bbox';
import { Icon } from '../icons';
import type { ApiState } from '../use-api';

/** Loading, not found or failed: what a card shows until its data is there. */
export function CardStatus({ state }: { state: ApiState<unknown> }) {
  const { t } = useTranslation();
  if (state.error) {
    const notFound = state.error instanceof ApiError && state.error.status === 404;
    return (
      <div className="card-status" role="alert" data-testid="card-error">
        <p>{t(notFound ? 'card.notFound' : 'card.error')}</p>
        {!notFound && (
          <button type="button" className="secondary-button" data-testid="card-retry" onClick={state.retry}>{t('common.retry')}</button>
        )}
      </div>
    );
  }
  return <p className="card-status" role="status" data-testid="card-loading">{t('common.loading')}</p>;
}

export function CardTitle({ title, code, bbox }: { title: string; code: string; bbox: Bbox | null }) {
  const { t } = useTranslation();
  const requestFlyTo = useStore((s) => s.requestFlyTo);
  return (
    <div className="card-title">
      <div>
        <h2 id="card-title">{title}</h2>
        {code !== title && <p className="card-code">{code}</p>}
      </div>
      {bbox && (
        <button type="button" className="tool-button" data-testid="card-zoom" onClick={() => requestFlyTo(padBbox(bbox))}>
          <Icon name="target" />
          {t('card.zoomTo')}
        </button>
      )}
    </div>
  );
}

/** Label–value pairs. */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="facts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CardSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A button that opens another feature's card (a checkpoint's segment, a zone's segments…). */
export function SelectLink({ target, testId, children }: { target: Selection; testId: string; children: ReactNode }) {
  const select = useStore((s) => s.select);
  return (
    <button type="button" className="select-link" data-testid={testId} onClick={() => select(target)}>
      {children}
    </button>
  );
}

export function Dot({ color }: { color: string | undefined }) {
  return <i className="dot" style={{ background: color }} aria-hidden="true" />;
}
