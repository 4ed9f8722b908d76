import { complianceCells, compliancePeriods } from './compliance';

describe('三会一课 rows and cells', () => {
  it('names the periods of each frequency with their months', () => {
    expect(compliancePeriods('monthly', 2021).map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`));
    expect(compliancePeriods('quarterly', 2021)).toEqual([
      { period: '2021-Q1', months: [1, 2, 3] },
      { period: '2021-Q2', months: [4, 5, 6] },
      { period: '2021-Q3', months: [7, 8, 9] },
      { period: '2021-Q4', months: [10, 11, 12] },
    ]);
    expect(compliancePeriods('yearly', 2021)).toEqual([{ period: '2021', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }]);
  });

  it('spells a row out as a cell per period begun, with its status', () => {
    const cells = complianceCells(2021, [
      { orgId: 7, orgName: '第一党支部', category: 'branch_assembly', frequency: 'quarterly', required: 2, held: [2, 1, 0] },
      { orgId: 7, orgName: '第一党支部', category: 'org_life', frequency: 'yearly', required: 1, held: [3] },
    ]);
    expect(cells).toEqual([
      { orgId: 7, orgName: '第一党支部', category: 'branch_assembly', period: '2021-Q1', required: 2, held: 2, status: 'met' },
      { orgId: 7, orgName: '第一党支部', category: 'branch_assembly', period: '2021-Q2', required: 2, held: 1, status: 'partial' },
      { orgId: 7, orgName: '第一党支部', category: 'branch_assembly', period: '2021-Q3', required: 2, held: 0, status: 'missing' },
      { orgId: 7, orgName: '第一党支部', category: 'org_life', period: '2021', required: 1, held: 3, status: 'met' },
    ]);
  });
});
