import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership } from '../tenancy/users/user.entity';
import { AccessGuard } from './access.guard';
import { ApiKeyStrategy } from './api-key.strategy';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';
import { RequestRateLimitMiddleware } from './request-rate-limit.middleware';
import { TokenService } from './tokens';

@Module({
  imports: [
    PassportModule,
    RateLimitModule,
    TenancyModule,
    TypeOrmModule.forFeature([Membership, Structure]),
    // No default key: every token is signed and verified through TokenService, with the key of its purpose.
    JwtModule.register({}),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthResolver,
    TokenService,
    LoginThrottle,
    JwtStrategy,
    ApiKeyStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, TokenService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestRateLimitMiddleware).forRoutes('*path');
  }
}
