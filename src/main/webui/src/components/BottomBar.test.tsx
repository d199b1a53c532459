import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import i18n from '../i18n';
import { BottomBar, MorePage } from './BottomBar';

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/more" element={<><MorePage /><BottomBar /></>} />
        <Route path="*" element={<BottomBar />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.getByRole('navigation', { name: 'Main places' });
}

describe('BottomBar', () => {
  it('holds the four places an owner uses most and More, and marks where the owner is', async () => {
    await i18n.changeLanguage('en');
    const bar = renderAt('/leads/42');
    const links = within(bar).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Home', 'Needs you', 'Leads', 'Posts', 'More']);
    expect(within(bar).getByRole('link', { name: 'Leads' }).getAttribute('aria-current')).toBe('page');
    expect(within(bar).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
  });

  it('lists the rest under More, and marks More while on one of them', async () => {
    await i18n.changeLanguage('en');
    const bar = renderAt('/more');
    const more = screen.getAllByRole('list')[0];
    const names = within(more).getAllByRole('link').map((l) => l.textContent);
    expect(names).toContain('Reviews');
    expect(names).toContain('Settings');
    expect(names).not.toContain('Leads');
    expect(within(bar).getByRole('link', { name: 'More' }).getAttribute('aria-current')).toBe('page');
  });
});
