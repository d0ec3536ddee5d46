import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiError } from '../common/api-error';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService } from './auth.service';
import { CurrentPrincipal } from './current-principal.decorator';
import {
  createApiKeySchema,
  createUserSchema,
  loginSchema,
  setupSchema,
  updateUserSchema,
  type CreateApiKeyInput,
  type CreateUserInput,
  type LoginInput,
  type SetupInput,
  type UpdateUserInput,
} from './dto/auth.dto';
import { LoginLimiter } from './login-limiter';
import type { Principal } from './principal';
import { Public, Roles } from './roles.decorator';

/** Setup, login, logout, the caller, users (admin) and API keys. Controllers only map HTTP. */
@ApiTags('auth')
@Controller()
export class AuthController {
  private readonly limiter: LoginLimiter;

  constructor(
    private readonly auth: AuthService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {
    this.limiter = new LoginLimiter(config.AINOW_LOGIN_MAX_ATTEMPTS, 15 * 60_000);
  }

  @Public()
  @Get('setup')
  async setupState(): Promise<{ needsSetup: boolean }> {
    return { needsSetup: !(await this.auth.hasUsers()) };
  }

  @Public()
  @Post('setup')
  async setup(@Body({ schema: setupSchema }) body: SetupInput, @Res({ passthrough: true }) res: Response) {
    const user = await this.auth.setup(body);
    const session = await this.auth.login(body.email, body.password);
    this.setCookie(res, session.token, session.expiresAt);
    return { user };
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  async login(
    @Body({ schema: loginSchema }) body: LoginInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const ip = req.ip ?? 'unknown';
    const wait = this.limiter.retryAfterMs(ip, body.email);
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      throw new ApiError(
        429,
        'too_many_logins',
        `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`,
      );
    }
    try {
      const session = await this.auth.login(body.email, body.password);
      this.limiter.succeed(ip, body.email);
      this.setCookie(res, session.token, session.expiresAt);
      return { user: session.user, expiresAt: session.expiresAt };
    } catch (error) {
      this.limiter.fail(ip, body.email);
      throw error;
    }
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  async logout(
    @Req() req: Request & { cookies?: Record<string, string> },
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) await this.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('auth/me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Roles('admin')
  @Get('users')
  users() {
    return this.auth.listUsers();
  }

  @Roles('admin')
  @Post('users')
  addUser(@Body({ schema: createUserSchema }) body: CreateUserInput) {
    return this.auth.addUser(body);
  }

  @Roles('admin')
  @Patch('users/:id')
  updateUser(@Param('id') id: string, @Body({ schema: updateUserSchema }) body: UpdateUserInput) {
    return this.auth.updateUser(id, body);
  }

  @Roles('admin')
  @Delete('users/:id')
  @HttpCode(204)
  async deleteUser(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.auth.deleteUser(id, principal.userId);
  }

  @Get('api-keys')
  apiKeys(@CurrentPrincipal() principal: Principal) {
    return this.auth.listApiKeys(principal.userId);
  }

  @Post('api-keys')
  createApiKey(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: createApiKeySchema }) body: CreateApiKeyInput,
  ) {
    return this.auth.createApiKey(principal.userId, body.label);
  }

  @Delete('api-keys/:id')
  @HttpCode(204)
  async deleteApiKey(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.auth.deleteApiKey(principal.userId, id);
  }

  private setCookie(res: Response, token: string, expiresAt: string): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.AINOW_SECURE_COOKIES,
      path: '/',
      expires: new Date(expiresAt),
    });
  }
}
