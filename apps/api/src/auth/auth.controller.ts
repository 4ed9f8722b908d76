import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Me, TokenPair } from '@wb/contracts';
import { Actor, CurrentActor } from '../common/context/actor';
import { Authenticated, Public } from './access.decorators';
import { LoginDto, RefreshDto } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth 登录')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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
