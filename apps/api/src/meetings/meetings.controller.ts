import { crudController } from '../common/crud/crud.controller';
import { CreateMeetingDto, UpdateMeetingDto } from './meeting.dto';
import { MeetingsService } from './meetings.service';

export class MeetingsController extends crudController({
  resource: 'meetings',
  tag: 'meetings 会议',
  service: MeetingsService,
  createDto: CreateMeetingDto,
  updateDto: UpdateMeetingDto,
}) {}
