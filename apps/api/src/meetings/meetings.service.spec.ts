import { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { CreateMeetingDto } from './meeting.dto';
import { MeetingsService } from './meetings.service';

/** A manager whose queries answer from fixed sets of org and member ids. */
function fakeManager(orgIds: number[], memberIds: number[]): EntityManager {
  const builder = (table: { name: string }) => {
    let ids: number[] = [];
    const qb = {
      select: () => qb,
      where: (_sql: string, params: { id?: number; ids?: number[] }) => {
        ids = params.ids ?? [params.id!];
        return qb;
      },
      getCount: async () => ids.filter((id) => orgIds.includes(id)).length,
      getRawMany: async () => ids.filter((id) => memberIds.includes(id)).map((id) => ({ id })),
    };
    void table;
    return qb;
  };
  return { createQueryBuilder: builder } as unknown as EntityManager;
}

class TestableMeetingsService extends MeetingsService {
  check(manager: EntityManager, dto: CreateMeetingDto) {
    return this.checkReferences(manager, dto, SYSTEM_ACTOR);
  }
}

describe('MeetingsService reference checks', () => {
  const service = new TestableMeetingsService({} as DataSource);
  const dto = (attendance: { memberId: number }[]) => ({ orgId: 1, attendance: attendance.map((a) => ({ ...a, status: 'present' })) }) as CreateMeetingDto;

  it('accepts known orgs and members', async () => {
    await expect(service.check(fakeManager([1], [5, 6]), dto([{ memberId: 5 }, { memberId: 6 }]))).resolves.toBeUndefined();
  });

  it('names the first unknown member by its row', async () => {
    const error = await service.check(fakeManager([1], [5]), dto([{ memberId: 5 }, { memberId: 9 }])).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.errors[0]).toMatchObject({ field: 'attendance.1.memberId', code: 'not_found' });
  });

  it('refuses an unknown org', async () => {
    const error = await service.check(fakeManager([], [5]), dto([])).catch((e) => e);
    expect(error.errors[0]).toMatchObject({ field: 'orgId', code: 'not_found' });
  });
});
