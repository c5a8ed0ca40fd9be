import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { UnauthenticatedError } from '../graphql/errors';
import { Public } from './access.decorator';
import { AuthService } from './auth.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

/**
 * The only routes that receive the refresh-token cookie (its path is /auth). Browsers call them with the cookie the
 * `login` mutation set; the refresh token itself never appears in a response body.
 */
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Rotates the refresh cookie and answers a new access token: `{ accessToken, accessTokenExpiresAt }`. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = readRefreshCookie(req);
    try {
      if (!token) throw new UnauthenticatedError('Votre session a expiré. Veuillez vous reconnecter.');
      const issued = await this.auth.refresh(token);
      setRefreshCookie(res, issued.refreshToken, issued.refreshTokenExpiresAt);
      return { accessToken: issued.accessToken, accessTokenExpiresAt: issued.accessTokenExpiresAt };
    } catch (error) {
      clearRefreshCookie(res);
      throw error;
    }
  }

  /** Ends the session of the refresh cookie (its access tokens stop working at once) and clears the cookie. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = readRefreshCookie(req);
    if (token) await this.auth.logout(token);
    clearRefreshCookie(res);
  }
}
