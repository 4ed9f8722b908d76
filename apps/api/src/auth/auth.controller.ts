import { Body, Controller, Get, HttpCode, Inject, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DemoAccount, Me, TokenPair } from '@wb/contracts';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { usableDemoAccounts } from '../database/demo/demo-accounts';
import { Actor, CurrentActor } from '../common/context/actor';
import { Authenticated, Public } from './access.decorators';
import { LoginDto, RefreshDto } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth 登录')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The demo accounts and their published passwords, while DEMO_DATA is on; otherwise none. */
  @Get('demo-accounts')
  @Public()
  demoAccounts(): Promise<DemoAccount[]> {
    return this.config.demoData ? usableDemoAccounts(this.dataSource) : Promise.resolve([]);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokenPair> {
    return this.auth.login(dto.username, dto.password, ip);
  }

  /** Authenticated by the refresh token itself. */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  refresh(@Body() dto: RefreshDto, @Ip() ip: string): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken, ip);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  logout(@Body() dto: RefreshDto, @Ip() ip: string): Promise<void> {
    return this.auth.logout(dto.refreshToken, ip);
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  me(@CurrentActor() actor: Actor): Promise<Me> {
    return this.auth.me(actor.userId!);
  }
}
