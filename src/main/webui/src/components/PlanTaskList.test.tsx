import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import i18n from '../i18n';
import type { PlanTask } from '../api/types';
import { PlanTaskList } from './PlanTaskList';

function task(id: string, title: string, status: PlanTask['status'], extra: Partial<PlanTask> = {}): PlanTask {
  return { id, position: 0, taskType: 'social_post', mode: 'AUTOMATED', status, title, attempts: 1, ...extra };
}

describe('PlanTaskList', () => {
  it('shows each task with its status and links a task a person took over', async () => {
    await i18n.changeLanguage('en');
    render(
      <MemoryRouter>
        <PlanTaskList label="Today" tasks={[
          task('1', 'Post on Facebook', 'SIMULATED', { channel: 'FACEBOOK_PAGE' }),
          task('2', 'Reply to a 2-star review', 'MANUAL', { mode: 'MANUAL', manualTaskId: 'm-1' }),
          task('3', 'Post on Instagram', 'RUNNING'),
        ]} />
      </MemoryRouter>,
    );
    const items = within(screen.getByRole('list', { name: 'Today' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('Simulated (sandbox)')).toBeTruthy();
    expect(within(items[0]).getByText('Facebook Page')).toBeTruthy();
    expect(within(items[1]).getByText('For you')).toBeTruthy();
    expect(within(items[1]).getByRole('link', { name: 'Open the task' }).getAttribute('href')).toBe('/tasks/m-1');
    expect(within(items[2]).getByText('Running')).toBeTruthy();
  });

  it('marks a post in the customers\' language with that language, and the service\'s words with none', async () => {
    await i18n.changeLanguage('hi');
    render(<MemoryRouter><PlanTaskList label="आज" tasks={[
      task('1', 'Facebook पर पोस्ट करें', 'DONE', { detail: 'Festive offers this week!', detailLanguage: 'en' }),
      task('2', 'अपने सप्लायर की शर्तें दोबारा देखें', 'MANUAL', { detail: 'नियमित खरीद पर छूट', detailLanguage: null }),
    ]} /></MemoryRouter>);
    expect(screen.getByText('Festive offers this week!').getAttribute('lang')).toBe('en');
    expect(screen.getByText('नियमित खरीद पर छूट').hasAttribute('lang')).toBe(false);
    await i18n.changeLanguage('en');
  });

  it('speaks Hindi when the language is Hindi', async () => {
    await i18n.changeLanguage('hi');
    render(<MemoryRouter><PlanTaskList label="आज" tasks={[task('1', 'पोस्ट', 'DONE')]} /></MemoryRouter>);
    expect(screen.getByText('पूरा')).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
