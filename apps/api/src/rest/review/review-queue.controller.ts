import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  QueuePage,
  RequestReview,
  RequestReviewQuery,
  ReviewQueueQuery,
  parseQueueFilter,
} from '@rightsdesk/review';
import { ApiAccessGuard, AuthenticatedRequest, RequireScope } from '../api-access.guard';
import { reviewerOf } from './reviewer-of';

/** The privacy officers' queue and request view over REST, for staff tools and the console. */
@ApiTags('review')
@ApiBearerAuth()
@UseGuards(ApiAccessGuard)
@Controller('api/v1/requests')
export class ReviewQueueController {
  constructor(
    private readonly queue: ReviewQueueQuery,
    private readonly review: RequestReviewQuery,
  ) {}

  @Get()
  @RequireScope('requests:read')
  @ApiOperation({
    summary: 'The review queue: requests filtered, searched, counted per status, by due date',
    description:
      'Open requests by default, soonest due first, hiding those whose person has not been verified ' +
      '(`hideUnverified=false` shows them). Repeat a filter to allow several values (`type=delete&type=correct`). ' +
      'Pages by keyset: pass `nextCursor` as `cursor`.',
  })
  @ApiQuery({ name: 'status', required: false, isArray: true, type: String })
  @ApiQuery({ name: 'state', required: false, enum: ['open', 'closed', 'all'] })
  @ApiQuery({ name: 'type', required: false, isArray: true, type: String })
  @ApiQuery({ name: 'regime', required: false, isArray: true, type: String })
  @ApiQuery({ name: 'manner', required: false, isArray: true, type: String })
  @ApiQuery({ name: 'channel', required: false, isArray: true, type: String })
  @ApiQuery({ name: 'assignee', required: false, description: 'staff id, `me` or `none`' })
  @ApiQuery({ name: 'overdue', required: false, type: Boolean })
  @ApiQuery({ name: 'dueWithinDays', required: false, type: Number })
  @ApiQuery({ name: 'q', required: false, description: 'a reference or an email address' })
  @ApiQuery({ name: 'hideUnverified', required: false, type: Boolean })
  @ApiQuery({ name: 'sort', required: false, enum: ['due', 'received'] })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  list(@Query() query: unknown, @Req() request: AuthenticatedRequest): Promise<QueuePage> {
    const reviewer = reviewerOf(request);
    return this.queue.page(parseQueueFilter(query), reviewer);
  }

  @Get(':id/review')
  @RequireScope('requests:read')
  @ApiOperation({
    summary: 'A request as an officer reviews it',
    description:
      'The person and how they were verified, the deadline and its rule, what was found per source, ' +
      'the audit timeline, correspondence, internal notes, and the actions open to the caller now.',
  })
  view(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<RequestReview> {
    return this.review.view(id, reviewerOf(request));
  }
}
