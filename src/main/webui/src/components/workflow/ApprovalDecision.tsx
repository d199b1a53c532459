import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button, Card, ErrorAlert, Field } from '../forms';

/** The execution and step a workflow approval task is for (its reference is "workflow-approval:<execution>:<step>"). */
export function approvalOf(reference?: string | null): { executionId: string; stepKey: string } | null {
  const m = /^workflow-approval:([0-9a-f-]{36}):(.+)$/.exec(reference ?? '');
  return m ? { executionId: m[1], stepKey: m[2] } : null;
}

/** Decides a workflow's approval step; the task that asked for it is completed with it. */
export async function decideApproval(executionId: string, stepKey: string, decision: 'approve' | 'reject', comment: string,
  taskId?: string | null) {
  await api(`/workflow-executions/${executionId}/approvals/${encodeURIComponent(stepKey)}`, { method: 'POST',
    body: { decision, ...(comment.trim() && { comment: comment.trim() }) } });
  if (taskId) await api(`/manual-tasks/${taskId}/complete`, { method: 'POST', body: { minutesSpent: 1 } }).catch(() => undefined);
}

/** On a workflow approval task: approve or reject right here, and see the execution. */
export function ApprovalTaskCard({ taskId, reference, onDecided }: { taskId: string; reference?: string | null; onDecided: () => void }) {
  const { t } = useTranslation();
  const target = approvalOf(reference);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!target) return null;
  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(decision);
    setError(null);
    try {
      await decideApproval(target.executionId, target.stepKey, decision, comment, taskId);
      onDecided();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title={t('workflows.approvalTask')}>
      <ErrorAlert error={error} />
      <Field label={t('workflows.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div className="flex flex-wrap gap-2">
        <Button busy={busy === 'approve'} onClick={() => decide('approve')}>{t('workflows.approve')}</Button>
        <Button variant="danger" busy={busy === 'reject'} onClick={() => decide('reject')}>{t('workflows.reject')}</Button>
      </div>
      <Link className="mt-2 inline-flex min-h-11 items-center text-indigo-800 underline" to={`/workflows/executions/${target.executionId}`}>{t('workflows.openExecution')}</Link>
    </Card>
  );
}
