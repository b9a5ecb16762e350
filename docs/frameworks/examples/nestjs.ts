import {
  Catch,
  Controller,
  HttpCode,
  HttpException,
  Inject,
  Module,
  Post,
  Req,
  type ArgumentsHost,
  type DynamicModule,
  type ExceptionFilter,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type Request, type Response } from 'express';
import {
  DEFAULT_MAX_BYTES,
  appointmentId,
  parseAppointmentWebhook,
  type Appointment,
} from 'timetap-webhooks';

export interface WebhookOptions {
  /** Your code: store the appointment, enqueue a job… It runs before TimeTap gets its 200. */
  readonly onAppointment: (appointment: Appointment) => void | Promise<void>;
  /** Largest body accepted, in bytes, by the body parser and by the decoder alike. Default 1 MiB. */
  readonly maxBytes?: number;
}

export const WEBHOOK_PATH = '/webhooks/timetap';
const WEBHOOK_OPTIONS = Symbol('WEBHOOK_OPTIONS');

/** A body the decoder refused: `{ error, message }`, paths and types only, safe to send back. */
export class RejectedWebhook extends HttpException {}

@Controller()
export class TimeTapWebhookController {
  constructor(@Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions) {}

  @Post(WEBHOOK_PATH)
  @HttpCode(200)
  async receive(@Req() req: Request): Promise<{ received: number }> {
    // The bytes: setUpTimeTapWebhook reads this route's body raw, whatever its Content-Type.
    const result = parseAppointmentWebhook(req.body, { maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES });
    if (result._tag === 'Left') {
      // Never echo the body; the error's message holds paths and types only.
      const status = result.left._tag === 'PayloadTooLarge' ? 413 : 400;
      throw new RejectedWebhook({ error: result.left._tag, message: result.left.message }, status);
    }
    await this.options.onAppointment(result.right);
    return { received: appointmentId(result.right) };
  }
}

/** Import `TimeTapWebhookModule.register({ onAppointment })` into your AppModule. */
@Module({})
export class TimeTapWebhookModule {
  static register(options: WebhookOptions): DynamicModule {
    return {
      module: TimeTapWebhookModule,
      controllers: [TimeTapWebhookController],
      providers: [{ provide: WEBHOOK_OPTIONS, useValue: options }],
    };
  }
}

const ERROR_NAMES: Readonly<Record<number, string>> = { 400: 'BadRequest', 404: 'NotFound', 413: 'PayloadTooLarge' };

/**
 * Answers every error without its message: Nest's own answer to a body its JSON parser refuses
 * (`{"message":"Unexpected token … \"{\"client\":…","error":"Bad Request"}`) can quote the body.
 * A RejectedWebhook keeps its `{ error, message }`, which holds paths and types only.
 */
@Catch()
export class NoEchoExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof RejectedWebhook) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    // Nest's HttpExceptions, and body-parser errors (413 too large, 400 invalid JSON), carry a
    // status; anything else is a bug or an outage of ours: 500.
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : typeof exception === 'object' && exception !== null && 'status' in exception
          ? Number(exception.status)
          : 500;
    const answered = status >= 400 && status < 500 ? status : 500;
    response.status(answered).json({ error: answered === 500 ? 'InternalError' : (ERROR_NAMES[answered] ?? 'ClientError') });
  }
}

/** Call once on the app, before `listen`: reads the webhook's body raw and installs the filter. */
export function setUpTimeTapWebhook(app: NestExpressApplication, maxBytes: number = DEFAULT_MAX_BYTES): void {
  // Before Nest's JSON parser (which then leaves the body alone): any Content-Type, as bytes, so
  // the decoder checks size, UTF-8 and JSON itself. Nest's parser stops at 100 KB by default.
  app.use(WEBHOOK_PATH, express.raw({ type: () => true, limit: maxBytes }));
  app.useGlobalFilters(new NoEchoExceptionFilter());
}
