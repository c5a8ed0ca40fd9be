import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Env } from '../config/env';
import { TenancyModule } from '../tenancy/tenancy.module';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership } from '../tenancy/users/user.entity';
import { AccessGuard } from './access.guard';
import { ApiKeyStrategy } from './api-key.strategy';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';

@Module({
  imports: [
    PassportModule,
    TenancyModule,
    TypeOrmModule.forFeature([Membership, Structure]),
    JwtModule.registerAsync({ inject: [Env], useFactory: (env: Env) => ({ secret: env.JWT_SECRET }) }),
  ],
  providers: [AuthService, AuthResolver, JwtStrategy, ApiKeyStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService],
})
export class AuthModule {}
