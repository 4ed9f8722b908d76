/**
 * Sidebar sections and the resources they hold, in display order. Resources that are not
 * registered yet (or that the user may not access) are simply not shown, so later issues only
 * add a <Resource>; a registered resource missing from this list lands at the end.
 */
export interface MenuGroup {
  /** Translation key of the section heading. */
  label: string;
  resources: readonly string[];
}

export const MENU_GROUPS: readonly MenuGroup[] = [
  {
    label: 'app.menu.party',
    resources: ['meetings', 'research-trips', 'deeds', 'recruitments', 'development-records', 'volunteer-services'],
  },
  {
    label: 'app.menu.society',
    resources: ['papers', 'outreach-activities', 'journal-posts', 'writer-contacts'],
  },
  { label: 'app.menu.basics', resources: ['members', 'orgs'] },
  { label: 'app.menu.system', resources: ['users', 'audit-logs'] },
];

/** Groups limited to the registered resources, plus an untitled group for any leftovers. */
export function visibleGroups(registered: readonly string[]): MenuGroup[] {
  const known = new Set(MENU_GROUPS.flatMap((group) => group.resources));
  const groups = MENU_GROUPS.map((group) => ({
    ...group,
    resources: group.resources.filter((name) => registered.includes(name)),
  }));
  const leftovers = registered.filter((name) => !known.has(name));
  if (leftovers.length > 0) groups.push({ label: '', resources: leftovers });
  return groups.filter((group) => group.resources.length > 0);
}
