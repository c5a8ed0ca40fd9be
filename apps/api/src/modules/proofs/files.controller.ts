import { Body, Controller, Get, Param, Post, Res, UploadedFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import type { Response } from 'express';
import { pipeline, Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { setFileHeaders } from '../../core/files/send-file';
import { InputError } from '../../core/graphql/errors';
import { StreamedUpload } from '../../core/storage/streamed-upload';
import { StoredUpload } from '../../core/storage/upload-storage';
import { findDeliveredLot } from '../markets/lot-access';
import { UploadProofBody } from './proof.dto';
import { ProofDocument } from './proof-document.entity';
import { ProofsService } from './proofs.service';

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
  @StreamedUpload('file')
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() body: UploadProofBody,
  ) {
    if (!file) throw new InputError({ file: 'Joignez le fichier (champ « file »).' });
    const proof = await this.dataSource.transaction(async (manager) => {
      const lot = await findDeliveredLot(manager, actor, body.lotId);
      return this.proofs.store(manager, actor, {
        lot,
        kind: body.kind,
        fileName: file.originalname,
        file,
        description: body.description,
      });
    });
    return proofJson(proof);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response) {
    const { proof, content } = await this.proofs.content(actor, id);
    sendStoredFile(response, proof, content);
  }
}

/** Streams a verified stored file under its (safe) name; a failure mid-stream cuts the connection, never sends a wrong end. */
export function sendStoredFile(
  response: Response,
  proof: Pick<ProofDocument, 'mimeType' | 'fileName' | 'sha256' | 'size'>,
  content: Readable,
): void {
  setFileHeaders(response, proof.mimeType, proof.fileName)
    .setHeader('content-length', String(proof.size))
    .setHeader('x-content-sha256', proof.sha256)
    .status(200);
  pipeline(content, response, (error) => {
    if (error) response.destroy();
  });
}
