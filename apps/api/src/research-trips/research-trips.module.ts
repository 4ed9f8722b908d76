import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { CreateResearchTripDto, UpdateResearchTripDto } from './research-trip.dto';
import { ResearchTripsService } from './research-trips.service';

export class ResearchTripsController extends crudController({
  resource: 'research-trips',
  tag: 'research-trips 基层调研',
  service: ResearchTripsService,
  createDto: CreateResearchTripDto,
  updateDto: UpdateResearchTripDto,
}) {}

@Module({ controllers: [ResearchTripsController], providers: [ResearchTripsService] })
export class ResearchTripsModule {}
