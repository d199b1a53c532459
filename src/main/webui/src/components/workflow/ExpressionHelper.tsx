import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ExpressionResult } from '../../api/workflows';
import type { ExpressionVariables } from '../../workflow/variables';

export type ExpressionKind = 'bool' | 'map' | 'any' | 'template';

/** How long typing must pause before the expression is evaluated again. */
export const EVALUATE_AFTER_MS = 400;

/** The variables available at a step to pick from, and the expression's result on the test payload as one types. */
export function ExpressionHelper({ expression, kind, paths, variables, onPick }: {
  expression: string; kind: ExpressionKind; paths: string[]; variables: ExpressionVariables; onPick: (path: string) => void;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ExpressionResult | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const variablesKey = JSON.stringify(variables);
  const worthAsking = expression.trim() !== '' && (kind !== 'template' || expression.includes('{{'));

  useEffect(() => {
    if (!worthAsking) {
      setResult(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api<ExpressionResult>('/workflow-expressions/evaluate', { method: 'POST', body: { expression, kind, variables: JSON.parse(variablesKey) } })
        .then((r) => { if (current) { setResult(r); setFailed(null); } })
        .catch((e: Error) => { if (current) { setResult(null); setFailed(e.message); } });
    }, EVALUATE_AFTER_MS);
    return () => { current = false; clearTimeout(timer); };
  }, [expression, kind, variablesKey, worthAsking]);

  return (
    <div className="-mt-2 mb-4 rounded-md border border-slate-200 bg-slate-50 p-2 text-sm">
      <details>
        <summary className="cursor-pointer font-medium text-indigo-800">{t('workflows.variables')}</summary>
        <ul aria-label={t('workflows.variables')} className="mt-1 flex flex-wrap gap-1">
          {paths.map((path) => (
            <li key={path}>
              <button type="button" onClick={() => onPick(path)}
                className="rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs hover:bg-indigo-50">{path}</button>
            </li>
          ))}
        </ul>
      </details>
      {worthAsking && (
        <p className="mt-1" role="status" aria-live="polite">
          {result?.valid && <>{t('workflows.resultOnPayload')} <code className="font-mono break-all" data-testid="expression-result">{JSON.stringify(result.value)}</code></>}
          {result && !result.valid && (
            <span className="text-red-800" data-testid="expression-error">
              {t(result.stage === 'evaluate' ? 'workflows.failsOnPayload' : 'workflows.invalidExpression')} {result.error}
            </span>
          )}
          {failed && <span className="text-red-800">{failed}</span>}
        </p>
      )}
    </div>
  );
}

/** Inserts a picked variable: inside {{ }} for a text template, as it is for an expression. */
export function insertVariable(value: string, path: string, kind: ExpressionKind): string {
  const piece = kind === 'template' ? `{{${path}}}` : path;
  return value === '' ? piece : `${value}${value.endsWith(' ') ? '' : ' '}${piece}`;
}
