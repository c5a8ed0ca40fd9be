import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import type { Response } from 'express';
import type {} from 'multer';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { InputError } from '../../core/graphql/errors';
import { findDeliveredLot } from '../markets/lot-access';
import { UploadProofBody } from './proof.dto';
import { ProofDocument } from './proof-document.entity';
import { ProofsService } from './proofs.service';

export const contentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function proofJson(proof: ProofDocument) {
  return {
    id: proof.id,
    kind: proof.kind,
    fileName: proof.fileName,
    mimeType: proof.mimeType,
    size: proof.size,
    sha256: proof.sha256,
    keepUntil: proof.keepUntil,
    lotId: proof.lotId,
    uploadedAt: proof.uploadedAt,
  };
}

/** REST for files (architecture.md): upload a proof (multipart) and download it, with the same bearer token as GraphQL. */
@Controller('files/proofs')
export class ProofFilesController {
  constructor(
    private readonly proofs: ProofsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadProofBody,
  ) {
    if (!file) throw new InputError({ file: 'Joignez le fichier (champ « file »).' });
    const proof = await this.dataSource.transaction(async (manager) => {
      const lot = await findDeliveredLot(manager, actor, body.lotId);
      return this.proofs.store(manager, actor, {
        lot,
        kind: body.kind,
        fileName: file.originalname,
        mimeType: file.mimetype,
        content: file.buffer,
        description: body.description,
      });
    });
    return proofJson(proof);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response) {
    const { proof, content } = await this.proofs.content(actor, id);
    response.setHeader('content-type', proof.mimeType);
    response.setHeader('content-disposition', contentDisposition(proof.fileName));
    response.setHeader('x-content-sha256', proof.sha256);
    response.send(content);
  }
}
