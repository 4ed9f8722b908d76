import type { AppMessages } from './en';

/** Our own Simplified Chinese messages; react-admin's `ra.*` keys come from ./ra-zh. */
const zh: AppMessages = {
  app: {
    title: '支部工作台',
    menu: {
      party: '党建工作',
      society: '学会工作',
      basics: '组织与人员',
      system: '系统管理',
    },
    errors: {
      stale_version: '记录已被他人修改，请刷新后重试',
    },
    validation: {
      attended_exceeds_expected: '实到人数不能大于应到人数',
      date_invalid: '请输入有效日期（YYYY-MM-DD）',
    },
    meetings: {
      attendance_summary: '实到 %{attended} / 应到 %{expected}',
      section_basics: '基本信息',
      section_attendance: '出席情况',
      section_records: '会议记录与决议',
    },
    export: {
      file_suffix: '导出',
    },
  },
  resources: {
    meetings: {
      name: '会议 |||| 会议',
      fields: {
        id: '编号',
        orgId: '所属组织',
        category: '会议类别',
        session: '届次',
        topic: '会议主题',
        date: '会议日期',
        date_gte: '开始日期',
        date_lte: '结束日期',
        format: '会议形式',
        host: '主持人',
        recorder: '记录人',
        expectedCount: '应到人数',
        attendedCount: '实到人数',
        attendance: '出席名单',
        'attendance.memberId': '人员',
        'attendance.status': '出席状态',
        'attendance.reason': '缺席/请假事由',
        minutes: '会议记录',
        resolutions: '会议决议',
        createdAt: '创建时间',
        updatedAt: '更新时间',
        createdBy: '创建人',
        version: '版本',
        q: '搜索',
      },
    },
    members: {
      name: '人员 |||| 人员',
      fields: {
        id: '编号',
        orgId: '所属组织',
        name: '姓名',
        gender: '性别',
        birthDate: '出生日期',
        unit: '工作单位',
        position: '职务',
        politicalStatus: '政治面貌',
        societyRoles: '学会职务',
        phone: '联系电话',
        createdAt: '创建时间',
        updatedAt: '更新时间',
        q: '搜索',
      },
    },
    orgs: {
      name: '组织 |||| 组织',
      fields: {
        id: '编号',
        name: '名称',
        type: '组织类型',
        parentId: '上级组织',
        path: '路径',
        createdAt: '创建时间',
        updatedAt: '更新时间',
        q: '搜索',
      },
    },
  },
};

export default zh;
