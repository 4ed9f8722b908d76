/** Our own English messages; react-admin's `ra.*` keys come from ra-language-english. */
const en = {
  app: {
    title: 'Party Branch Workbench',
    menu: {
      party: 'Party work',
      society: 'Society work',
      basics: 'Organisation & people',
      system: 'System',
    },
    errors: {
      stale_version: 'This record was changed by someone else. Refresh the page and try again.',
    },
    validation: {
      attended_exceeds_expected: 'Attended cannot exceed the expected number',
      date_invalid: 'Enter a valid date (YYYY-MM-DD)',
    },
    meetings: {
      attendance_summary: '%{attended} / %{expected} attended',
      section_basics: 'Basics',
      section_attendance: 'Attendance',
      section_records: 'Minutes & resolutions',
    },
    export: {
      file_suffix: 'export',
    },
  },
  resources: {
    meetings: {
      name: 'Meeting |||| Meetings',
      fields: {
        id: 'ID',
        orgId: 'Organisation',
        category: 'Category',
        session: 'Session',
        topic: 'Topic',
        date: 'Date',
        date_gte: 'Date from',
        date_lte: 'Date to',
        format: 'Format',
        host: 'Host',
        recorder: 'Recorder',
        expectedCount: 'Expected',
        attendedCount: 'Attended',
        attendance: 'Attendance',
        'attendance.memberId': 'Member',
        'attendance.status': 'Status',
        'attendance.reason': 'Reason',
        minutes: 'Minutes',
        resolutions: 'Resolutions',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        createdBy: 'Created by',
        version: 'Version',
        q: 'Search',
      },
    },
    members: {
      name: 'Member |||| Members',
      fields: {
        id: 'ID',
        orgId: 'Organisation',
        name: 'Name',
        gender: 'Gender',
        birthDate: 'Date of birth',
        unit: 'Unit',
        position: 'Position',
        politicalStatus: 'Political status',
        societyRoles: 'Society roles',
        phone: 'Phone',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
    },
    orgs: {
      name: 'Organisation |||| Organisations',
      fields: {
        id: 'ID',
        name: 'Name',
        type: 'Type',
        parentId: 'Parent',
        path: 'Path',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
    },
  },
};

export type AppMessages = typeof en;
export default en;
