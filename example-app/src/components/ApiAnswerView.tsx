import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiAnswer } from '../api';
import { formatTime } from './Countdown';

const statusText: Record<number, string> = { 200: 'OK', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 503: 'Unavailable' };

/** An API call's outcome: status line, JSON body, and a button to call again. */
export function ApiAnswerView({ path, query }: { path: string; query: UseQueryResult<ApiAnswer> }) {
  const { data, error, isFetching, refetch } = query;
  return (
    <div className="api-answer" aria-busy={isFetching}>
      <div className="api-line" role="status">
        <code>GET {path}</code>
        {isFetching ? (
          <span className="muted">calling…</span>
        ) : error ? (
          <span className="pill danger">failed: {error.message}</span>
        ) : data ? (
          <>
            <span className={data.ok ? 'pill ok' : 'pill danger'}>
              {data.status} {statusText[data.status] ?? ''}
            </span>
            <span className="muted small">
              at <time dateTime={new Date(data.at).toISOString()}>{formatTime(data.at)}</time>
            </span>
          </>
        ) : null}
      </div>
      {/* Focusable: a keyboard can scroll it. */}
      {data ? (
        <pre className="json" tabIndex={0}>
          {JSON.stringify(data.body, null, 2)}
        </pre>
      ) : null}
      <button type="button" className="button secondary" onClick={() => void refetch()} disabled={isFetching}>
        Call {path} again
      </button>
    </div>
  );
}
