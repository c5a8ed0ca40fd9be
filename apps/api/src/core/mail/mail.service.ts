import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, Transporter } from 'nodemailer';
import { Env } from '../config/env';

export interface Mail {
  to: string;
  /** The recipient's user id: what the log says instead of their address. */
  recipientId?: string;
  subject: string;
  text: string;
}

/** E-mail through the SMTP server of `SMTP_URL`; without it, e-mail is disabled and each message is only logged. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    private readonly env: Env,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(MailService.name);
    this.transport = env.SMTP_URL ? createTransport(env.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Sends the message; true when handed to the server, false when e-mail is disabled. Errors are thrown (the job retries). */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) {
      this.logger.info({ recipientId: mail.recipientId }, 'E-mail disabled (no SMTP_URL): message not sent');
      return false;
    }
    await this.transport.sendMail({ from: this.env.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return true;
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
