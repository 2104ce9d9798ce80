import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@rightsdesk/domain';
import { RequestLookup } from '@rightsdesk/intake';
import { CorrespondenceCopiesQuery } from '@rightsdesk/notices';
import { ApiAccessGuard, AuthenticatedRequest, RequireScope } from '../api-access.guard';
import { FileReply } from '../../web/reply';

/** Copies of what the company sent about a request: emails and letters (regs 7101). */
@ApiTags('requests')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1')
export class CorrespondenceController {
  constructor(
    private readonly copies: CorrespondenceCopiesQuery,
    private readonly lookup: RequestLookup,
  ) {}

  @Get('requests/:id/correspondence')
  @RequireScope('requests:read')
  @ApiOperation({ summary: 'Every email and letter about a request, with its delivery status' })
  async list(@Param('id') id: string, @Req() request: AuthenticatedRequest) {
    staffOnly(request);
    const found = await this.lookup.find({ kind: 'system' }, id);
    return this.copies.list(found.id);
  }

  @Get('correspondence/:id/copy')
  @RequireScope('requests:read')
  @ApiOperation({ summary: 'The stored copy: the letter PDF, or the email text (?format=html)' })
  async copy(
    @Param('id') id: string,
    @Query('format') format: string | undefined,
    @Req() request: AuthenticatedRequest,
  ): Promise<FileReply> {
    staffOnly(request);
    if (format !== undefined && format !== 'text' && format !== 'html')
      throw new DomainError('invalid_input', 'format must be text or html.');
    const copy = await this.copies.copy(id, format === 'html');
    const pdf = copy.contentType === 'application/pdf';
    return new FileReply(Buffer.from(copy.body), {
      contentType: copy.contentType,
      ...(pdf ? { fileName: copy.fileName, disposition: 'inline' } : {}),
      // A stored HTML email is shown, never run: no scripts, no outside requests.
      headers: copy.contentType.startsWith('text/html')
        ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" }
        : {},
    });
  }
}

/** Copies hold addresses and whole messages: for company systems with a key, not status tokens. */
function staffOnly(request: AuthenticatedRequest): void {
  if (request.principal && 'statusToken' in request.principal)
    throw new DomainError(
      'forbidden',
      'Correspondence copies need an API key with "requests:read".',
    );
}
